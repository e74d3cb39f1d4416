/**
 * Runs `task` for its callers, at most one at a time, each caller answered by a run that started after it
 * asked: a caller arriving while a run is under way (which may have read the state before the caller's
 * own writes) waits for the next run, and every caller arriving meanwhile shares that one. Under a
 * steady stream of callers this is one run in flight and one queued, however many callers there are.
 */
export class SharedFreshRun<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly task: () => Promise<T>) {}

  run(): Promise<T> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  /** Settles when the run under way and the one queued behind it (if any) have ended, however they ended. */
  async idle(): Promise<void> {
    await Promise.allSettled([this.running, this.queued].filter((run) => run !== null));
  }

  private startQueued(): Promise<T> {
    this.queued = null;
    return this.start();
  }

  private start(): Promise<T> {
    const run = this.task().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
