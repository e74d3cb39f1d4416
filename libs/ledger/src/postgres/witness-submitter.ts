import type { Pool } from 'pg';
import { WitnessFeed, type WitnessFailure, type WitnessFeedOptions, type WitnessTarget } from './witness-feed';

export interface WitnessSubmitterOptions extends Partial<WitnessFeedOptions> {
  /** How often to look for a checkpoint signed elsewhere (another process) even without a wake. */
  readonly pollMs?: number;
}

/** What /health says of a witness: the largest checkpoint it cosigned and, while it is behind and failing, why. */
export interface WitnessStatus {
  readonly name: string;
  readonly url: string;
  readonly treeSize: number;
  readonly failing: WitnessFailure | null;
}

/** Submits each new checkpoint to every configured witness, each on its own, so one down holds up nothing. */
export class WitnessSubmitter {
  private readonly feeds: WitnessFeed[];
  private poll: NodeJS.Timeout | null = null;

  constructor(
    pool: Pool,
    witnesses: readonly WitnessTarget[],
    private readonly options: WitnessSubmitterOptions = {},
  ) {
    const feedOptions: WitnessFeedOptions = {
      backoffMs: options.backoffMs ?? 1_000,
      maxBackoffMs: options.maxBackoffMs ?? 300_000,
      timeoutMs: options.timeoutMs ?? 10_000,
      onFailure: options.onFailure ?? (() => undefined),
      onRecovery: options.onRecovery ?? (() => undefined),
    };
    this.feeds = witnesses.map((witness) => new WitnessFeed(pool, witness, feedOptions));
  }

  start(): void {
    if (this.feeds.length === 0) return;
    this.wake();
    this.poll = setInterval(() => this.wake(), this.options.pollMs ?? 60_000);
    this.poll.unref();
  }

  /** A checkpoint was signed: every witness looks now. */
  wake(): void {
    for (const feed of this.feeds) feed.wake();
  }

  /** Resolves when no submission is in progress (tests). */
  async idle(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.idle()));
  }

  async stop(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    await Promise.all(this.feeds.map((feed) => feed.stop()));
  }

  status(): WitnessStatus[] {
    return this.feeds.map((feed) => ({ name: feed.target.name, url: feed.target.url, treeSize: feed.treeSize, failing: feed.failing }));
  }
}
