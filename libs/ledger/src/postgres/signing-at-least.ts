import type { StoredCheckpoint } from './checkpoint-rows';

/**
 * Signs the sealed tree for callers who each need a checkpoint of at least some size: one signing in flight,
 * shared by every caller it is large enough for. A caller whose size the signing under way may not reach (it
 * read the tree before the caller's events were sealed) shares the next one instead.
 */
export class SigningAtLeast {
  private running: Promise<StoredCheckpoint> | null = null;

  constructor(private readonly sign: () => Promise<StoredCheckpoint>) {}

  /** The checkpoint of a signing that started once `size` leaves were sealed, or an earlier one that reached it. */
  async atLeast(size: number): Promise<StoredCheckpoint> {
    if (this.running) {
      const underWay = await this.running;
      if (underWay.treeSize >= size) return underWay;
    }
    return this.running ?? this.start();
  }

  private start(): Promise<StoredCheckpoint> {
    const run = this.sign().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
