import type { BatchOutcome } from './batch-outcome';
import { FailedOnEvent } from './stall';

/**
 * Runs a batch of `limit` events; when it fails (or failed last time), runs one event instead, so that
 * a follower stuck on an event names it (`firstEventId`: the event the next batch starts with) while
 * the events before it still get through.
 */
export async function oneAtATimeAfterFailure(
  run: (limit: number) => Promise<BatchOutcome>,
  limit: number,
  afterFailure: boolean,
  firstEventId: () => Promise<string | null>,
): Promise<BatchOutcome> {
  if (!afterFailure && limit > 1) {
    try {
      return await run(limit);
    } catch {
      // Told apart below, one event at a time.
    }
  }
  try {
    return await run(1);
  } catch (error) {
    if (error instanceof FailedOnEvent) throw error;
    const eventId = await firstEventId().catch(() => null);
    throw eventId === null ? error : new FailedOnEvent(eventId, error);
  }
}
