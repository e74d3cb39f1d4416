import type { EventStore, GlobalPosition, RecordedEvent } from '@casetrail/event-store';

/** Every event of the global order, paged through the store. */
export async function wholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: GlobalPosition | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 500 });
    if (page.length === 0) return events;
    events.push(...page);
    after = page[page.length - 1]!.globalPosition;
  }
}

/** Resolves once `check` holds, checking every 20 ms; rejects after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
