import { Client } from 'pg';

/** The session-level advisory lock that makes a runner a projection's owner. */
export const leaseLockName = (projection: string) => `casetrail.projection-owner.${projection}`;

export interface ProjectionLeasesOptions {
  /** How often to try for projections nobody owns (an owner that died has released its lock). */
  readonly retryMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Told whenever the set of owned projections changes. */
  readonly onChange?: (owned: readonly string[]) => void;
}

/**
 * Ownership of projections across processes: one session-level advisory lock per projection, held on a
 * connection of its own. The server releases the locks when that session ends, so when an owner dies
 * (or its connection does) another runner takes the projection over at its next try. A runner whose
 * lease connection fails gives up every projection at once, before reconnecting.
 */
export class ProjectionLeases {
  private client: Client | null = null;
  private readonly held = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private trying: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly projections: readonly string[],
    private readonly options: ProjectionLeasesOptions = {},
  ) {}

  /** Connects and takes what it can now; later tries run every `retryMs`. */
  async start(): Promise<void> {
    await this.tryForMore();
    this.schedule();
  }

  owns(projection: string): boolean {
    return this.held.has(projection);
  }

  owned(): string[] {
    return [...this.held].sort();
  }

  /** Releases every lease (by ending the session), so another runner takes over at once. */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.trying;
    await this.drop();
  }

  /** Tries for every projection not held yet. */
  tryForMore(): Promise<void> {
    this.trying ??= this.attempt().finally(() => (this.trying = null));
    return this.trying;
  }

  private async attempt(): Promise<void> {
    if (this.closed) return;
    try {
      const client = await this.connection();
      let changed = false;
      for (const projection of this.projections) {
        if (this.held.has(projection)) continue;
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
          [leaseLockName(projection)],
        );
        if (rows[0]?.locked) {
          this.held.add(projection);
          changed = true;
        }
      }
      if (changed) this.options.onChange?.(this.owned());
    } catch (error) {
      this.options.onError?.(error);
      await this.drop();
    }
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.url, keepAlive: true });
    client.on('error', (error) => {
      this.options.onError?.(error);
      void this.drop();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (this.held.size > 0) {
      this.held.clear();
      this.options.onChange?.([]);
    }
    await client?.end().catch(() => undefined);
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      void this.tryForMore().finally(() => this.schedule());
    }, this.options.retryMs ?? 1000);
    this.timer.unref();
  }
}
