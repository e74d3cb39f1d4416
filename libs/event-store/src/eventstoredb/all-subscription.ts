import { setTimeout as sleep } from 'node:timers/promises';
import { START, excludeSystemEvents, type AllStreamSubscription } from '@eventstore/db-client';
import type { GlobalPosition, SubscribeOptions, Subscription } from '../port/event-store.port';
import { compareGlobalPositions } from '../port/global-position';
import type { EventStoreDbClient } from './client';
import { toStoredCaseEvent } from './case-event';
import { toGlobalPosition, toLogPosition } from './log-position';

/**
 * A catch-up subscription to $all (system events filtered out by the server) that hands our events
 * to `onEvent` one at a time. When the server drops it, it reports the error and subscribes again
 * from the last position it saw, so each event is still delivered once and in order.
 */
export class AllSubscription implements Subscription {
  private readonly stopping = new AbortController();
  private current: AllStreamSubscription | null = null;
  private readonly running: Promise<unknown>;

  constructor(
    private readonly client: EventStoreDbClient,
    private readonly options: SubscribeOptions,
    private readonly resubscribeDelayMs: number,
  ) {
    this.running = this.follow(options.after ?? null);
  }

  async close(): Promise<void> {
    this.stopping.abort();
    // unsubscribe() cancels the call, but the client's readable need not end with it: destroy it too.
    await this.current?.unsubscribe();
    this.current?.destroy();
    const failure = await this.running;
    if (failure !== undefined) throw failure;
  }

  /** Resolves with the handler's error when one stopped it and nobody took it via onError. */
  private async follow(start: GlobalPosition | null): Promise<unknown> {
    let seen = start;
    while (!this.stopping.signal.aborted) {
      const subscription = this.client.subscribeToAll({
        fromPosition: seen ? toLogPosition(seen) : START,
        filter: excludeSystemEvents(),
      });
      this.current = subscription;
      try {
        for await (const { event } of subscription) {
          if (this.stopping.signal.aborted) break;
          if (!event) continue;
          const position = toGlobalPosition(event.position);
          if (seen && compareGlobalPositions(position, seen) <= 0) continue;
          const ours = toStoredCaseEvent(event);
          if (ours) {
            try {
              await this.options.onEvent(ours.recorded);
            } catch (error) {
              this.stopping.abort();
              await subscription.unsubscribe();
              if (!this.options.onError) return error;
              this.options.onError(error);
              return undefined;
            }
          }
          seen = position;
        }
      } catch (error) {
        if (this.stopping.signal.aborted) break;
        this.options.onError?.(error);
      }
      await sleep(this.resubscribeDelayMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
    return undefined;
  }
}
