import type { Pool } from 'pg';
import { compareGlobalPositions, listenForEvents, type EventStore, type GlobalPosition } from '@casetrail/event-store';
import { applyNextBatch, ensureActiveGeneration, generationsOf } from './generations';
import { ProjectionLeases } from './projection-leases';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** How long to sleep when caught up, unless woken earlier. */
  readonly idleMs?: number;
  readonly batchSize?: number;
  readonly onError?: (projection: string, error: unknown) => void;
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
  readonly generation: number | null;
  readonly checkpoint: GlobalPosition | null;
  /** -1 before the projection's first generation exists; null where the store cannot count. */
  readonly eventsBehind: number | null;
}

/**
 * Follows the global order and keeps every projection's active generation up to date. Runs in the API
 * process by default, or in `apps/projector`; any number of runners may run, the projection's lock and
 * checkpoint check make sure each event is applied once.
 */
export class ProjectionRunner {
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private readonly idleMs: number;
  private readonly batchSize: number;
  private listener: { close(): Promise<void> } | null = null;
  private leases: ProjectionLeases | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 250;
    this.batchSize = options.batchSize ?? 500;
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
    this.running = true;
    if (this.options.listenUrl) {
      this.listener = listenForEvents(this.options.listenUrl, () => this.wake(), (error) => this.options.onError?.('listener', error));
    }
    this.loop = this.follow();
  }

  /** Something was appended: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await this.listener?.close();
    await this.leases?.stop();
  }

  /** The projections this runner applies: those it owns when runners lease them, else all. */
  owned(): string[] {
    return this.leases ? this.leases.owned() : this.projections.map((p) => p.name);
  }

  /** Applies everything committed so far to every projection, then returns. */
  async catchUp(): Promise<void> {
    for (const projection of this.projections) {
      while ((await applyNextBatch(this.pool, this.store, projection, 'active', this.batchSize)) !== 0) {
        // keep going until this projection is caught up
      }
    }
  }

  async lag(): Promise<ProjectionLag[]> {
    return Promise.all(
      this.projections.map(async (projection) => {
        const active = (await generationsOf(this.pool, projection.name)).find((g) => g.status === 'active');
        if (!active) return { projection: projection.name, generation: null, checkpoint: null, eventsBehind: -1 };
        return {
          projection: projection.name,
          generation: active.generation,
          checkpoint: active.checkpoint,
          eventsBehind: await this.store.countAfter(active.checkpoint),
        };
      }),
    );
  }

  /** True once every projection's checkpoint has reached `position` (read-your-writes). */
  async hasReached(position: GlobalPosition): Promise<boolean> {
    for (const projection of this.projections) {
      const active = (await generationsOf(this.pool, projection.name)).find((g) => g.status === 'active');
      if (!active || compareGlobalPositions(active.checkpoint, position) < 0) return false;
    }
    return true;
  }

  private async follow(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let applied = 0;
      for (const projection of this.projections) {
        if (this.leases && !this.leases.owns(projection.name)) continue;
        try {
          applied += Math.abs(await applyNextBatch(this.pool, this.store, projection, 'active', this.batchSize));
        } catch (error) {
          this.options.onError?.(projection.name, error);
        }
      }
      if (applied === 0 && !this.woken && this.running) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.idleMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeUp = null;
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
