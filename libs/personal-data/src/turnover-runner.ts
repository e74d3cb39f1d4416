import { SharedFreshRun } from '@casetrail/database';
import type { TurnoverResult } from './epoch-turnover';

export interface TurnoverRunnerOptions {
  /** After a failed run, the next is tried this much later (and so on until one succeeds). */
  readonly retryMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs turnovers one at a time in this process. `request()` answers with a run that started after the
 * request (an erasure committed before it is covered): requests made while a run is going share the next
 * run (`SharedFreshRun`). A failed run is tried again every `retryMs` until it succeeds or the runner stops.
 */
export class TurnoverRunner {
  private readonly runs = new SharedFreshRun(() => this.attempt());
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly turnOver: () => Promise<TurnoverResult>,
    private readonly options: TurnoverRunnerOptions = {},
  ) {}

  request(): Promise<TurnoverResult> {
    if (this.stopped) return Promise.reject(new Error('the key turnover runner is stopped'));
    return this.runs.run();
  }

  /** Cancels a pending retry and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelRetry();
    await this.runs.idle();
  }

  private async attempt(): Promise<TurnoverResult> {
    this.cancelRetry();
    try {
      return await this.turnOver();
    } catch (error) {
      this.options.onError?.(error);
      // The next run, whether a waiting request's or this retry, cancels the retry when it starts.
      if (!this.stopped) {
        this.retry = setTimeout(() => void this.request().catch(() => undefined), this.options.retryMs ?? 10_000);
        this.retry.unref();
      }
      throw error;
    }
  }

  private cancelRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }
}
