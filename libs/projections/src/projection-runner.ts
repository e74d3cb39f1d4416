import type { Pool } from 'pg';
import { FollowLoop, oneAtATimeAfterFailure, type BatchOutcome, type Stall, type StallReport } from '@casetrail/database';
import { compareGlobalPositions, listenForEvents, type EventStore, type GlobalPosition } from '@casetrail/event-store';
import { applyNextBatch, ensureActiveGeneration, findGeneration } from './generations';
import { ProjectionLeases } from './projection-leases';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** How long to sleep when caught up, unless woken earlier. */
  readonly idleMs?: number;
  readonly batchSize?: number;
  /** The first wait after a failed batch (ms), doubling up to 30 s while it keeps failing. */
  readonly backoffMs?: number;
  /** A projection stopped advancing (once per stall, and when its event or reason changes). */
  readonly onStall?: (stall: Stall) => void;
  /** A stalled projection advances again. */
  readonly onRecovery?: (stall: Stall) => void;
  /** The listener or the leases failed (they retry on their own). */
  readonly onError?: (component: string, error: unknown) => void;
  /** A PostgreSQL server to LISTEN on for commits by other processes (not the embedded database). */
  readonly listenUrl?: string;
  /**
   * A PostgreSQL server on which runners lease projections: each projection is then applied by its
   * owner only, and taken over when the owner dies. Absent: this runner applies every projection.
   */
  readonly leaseUrl?: string;
  /** How often a runner tries for projections nobody owns. */
  readonly leaseRetryMs?: number;
  readonly onOwnershipChange?: (owned: readonly string[]) => void;
}

export interface ProjectionLag {
  readonly projection: string;
  /** Null before the projection's first generation exists (then it is behind by every event). */
  readonly generation: number | null;
  readonly checkpoint: GlobalPosition | null;
  /** Null where the store cannot count. */
  readonly eventsBehind: number | null;
}

/**
 * Keeps every projection's active generation up to date, each in a follow loop of its own (so one that
 * cannot apply an event holds back no other). Runs in the API process by default, or in
 * `apps/projector`; any number of runners may run, the projection's lock and checkpoint check make sure
 * each event is applied once.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly loops: FollowLoop[];
  private leases: ProjectionLeases | null = null;
  private listener: { close(): Promise<void> } | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.loops = projections.map((projection) => new FollowLoop({
      component: `projection:${projection.name}`,
      step: (afterFailure) => this.step(projection, afterFailure),
      idleMs: options.idleMs,
      backoffMs: options.backoffMs,
      onStall: options.onStall,
      onRecovery: options.onRecovery,
    }));
  }

  async start(): Promise<void> {
    for (const projection of this.projections) await ensureActiveGeneration(this.pool, projection);
    if (this.options.leaseUrl) {
      this.leases = new ProjectionLeases(this.options.leaseUrl, this.projections.map((p) => p.name), {
        retryMs: this.options.leaseRetryMs,
        onError: (error) => this.options.onError?.('leases', error),
        onChange: (owned) => {
          this.options.onOwnershipChange?.(owned);
          this.wake();
        },
      });
      await this.leases.start();
    }
    for (const loop of this.loops) loop.start();
    if (this.options.listenUrl) {
      this.listener = listenForEvents(this.options.listenUrl, () => this.wake(), (error) => this.options.onError?.('listener', error));
    }
  }

  /** Something was appended: look now rather than at the next poll. */
  wake(): void {
    for (const loop of this.loops) loop.wake();
  }

  async stop(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await this.listener?.close();
    this.listener = null;
    await this.leases?.stop();
  }

  /** The projections this runner applies: those it owns when runners lease them, else all. */
  owned(): string[] {
    return this.leases ? this.leases.owned() : this.projections.map((p) => p.name);
  }

  /** The projections that cannot get past an event right now, and why. */
  stalls(): StallReport[] {
    return this.loops.flatMap((loop) => (loop.stall ? [loop.stall] : []));
  }

  /** Applies everything committed so far to every projection, then returns. */
  async catchUp(): Promise<void> {
    for (const projection of this.projections) {
      while ((await applyNextBatch(this.pool, this.store, projection, 'active', this.batchSize)).kind !== 'caught_up') {
        // keep going until this projection is caught up
      }
    }
  }

  async lag(): Promise<ProjectionLag[]> {
    return Promise.all(
      this.projections.map(async (projection) => {
        const active = await findGeneration(this.pool, projection.name, 'active');
        const checkpoint = active?.checkpoint ?? null;
        return {
          projection: projection.name,
          generation: active?.generation ?? null,
          checkpoint,
          eventsBehind: await this.store.countAfter(checkpoint),
        };
      }),
    );
  }

  /** True once every projection's checkpoint has reached `position` (read-your-writes). */
  async hasReached(position: GlobalPosition): Promise<boolean> {
    for (const projection of this.projections) {
      const active = await findGeneration(this.pool, projection.name, 'active');
      if (!active || compareGlobalPositions(active.checkpoint, position) < 0) return false;
    }
    return true;
  }

  private async step(projection: Projection, afterFailure: boolean): Promise<BatchOutcome> {
    if (this.leases && !this.leases.owns(projection.name)) return { kind: 'caught_up' };
    return oneAtATimeAfterFailure(
      (limit) => applyNextBatch(this.pool, this.store, projection, 'active', limit),
      this.batchSize,
      afterFailure,
      async () => {
        const active = await findGeneration(this.pool, projection.name, 'active');
        const [next] = await this.store.readAll({ after: active?.checkpoint ?? null, limit: 1 });
        return next?.eventId ?? null;
      },
    );
  }
}
