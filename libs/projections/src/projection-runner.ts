import type { Pool } from 'pg';
import { compareGlobalPositions, listenForEvents, type EventStore, type GlobalPosition } from '@casetrail/event-store';
import { applyNextBatch, ensureActiveGeneration, generationsOf } from './generations';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** How long to sleep when caught up, unless woken earlier. */
  readonly idleMs?: number;
  readonly batchSize?: number;
  readonly onError?: (projection: string, error: unknown) => void;
  /** A PostgreSQL server to LISTEN on for commits by other processes (not the embedded database). */
  readonly listenUrl?: string;
}

export interface ProjectionLag {
  readonly projection: string;
  readonly generation: number | null;
  readonly checkpoint: GlobalPosition | null;
  readonly eventsBehind: number;
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
        const { rows } = await this.pool.query<{ n: string }>(
          'SELECT count(*) AS n FROM events WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint)',
          [active.checkpoint.transactionId.toString(), active.checkpoint.sequence.toString()],
        );
        return {
          projection: projection.name,
          generation: active.generation,
          checkpoint: active.checkpoint,
          eventsBehind: Number(rows[0]?.n ?? 0),
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
