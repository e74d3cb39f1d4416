import type { EventStore, GlobalPosition, SubscribeOptions, Subscription } from '../port/event-store.port';

const PAGE = 500;
const IDLE_MS = 100;

/** Catches up page by page, then polls (woken at once by appends in this process), one event at a time. */
export class PollingSubscription implements Subscription {
  private running = false;
  private loop: Promise<void> | null = null;
  private after: GlobalPosition | null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly options: SubscribeOptions,
    private readonly onClosed: () => void,
  ) {
    this.after = options.after ?? null;
  }

  start(): void {
    this.running = true;
    this.loop = this.follow();
  }

  wake(): void {
    this.wakeUp?.();
  }

  async close(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.onClosed();
  }

  private async follow(): Promise<void> {
    while (this.running) {
      try {
        const events = await this.store.readAll({ after: this.after, limit: PAGE });
        for (const event of events) {
          if (!this.running) return;
          await this.options.onEvent(event);
          this.after = event.globalPosition;
        }
        if (events.length < PAGE) await this.idle();
      } catch (error) {
        this.options.onError?.(error);
        await this.idle();
      }
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), IDLE_MS);
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      this.wakeUp = done;
    });
  }
}
