import type { RecordedEvent } from '../event-store.port';

/** Collects the events a subscription delivers, and lets a test wait for a count without sleeping. */
export function eventsSeen(wanted: (event: RecordedEvent) => boolean) {
  const events: RecordedEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    events,
    onEvent(event: RecordedEvent): void {
      if (!wanted(event)) return;
      events.push(event);
      for (const waiter of waiters.filter((w) => events.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
    /** Resolves once at least `count` events were seen. */
    count(count: number): Promise<void> {
      if (events.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
  };
}
