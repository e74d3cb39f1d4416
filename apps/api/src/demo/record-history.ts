import type { EventStore } from '@casetrail/event-store';
import { newEvents, type RecordedCommand } from '@casetrail/synthetic';

/**
 * Appends the demo's history command by command, each at the moment it reached the record. The store
 * stamps `recordedAt` with the database's own clock; the embedded database (PGlite, in this process)
 * reads it from `Date.now`, so the demo moves that clock while it writes the past and puts it back
 * after. Nothing else runs meanwhile: the service starts once the history is written. PGlite arms its
 * statement timers against the real clock, so Node warns of each overlong timer (harmless: PostgreSQL
 * checks its deadlines when they fire); those warnings are dropped while the clock is moved.
 */
export async function recordHistory(
  store: EventStore,
  history: readonly RecordedCommand[],
  onProgress: (done: number) => void,
): Promise<number> {
  const realNow = Date.now;
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: never[]) => {
    const name = typeof warning === 'string' ? rest[0] : warning.name;
    if (name !== 'TimeoutOverflowWarning') emitWarning.call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  let events = 0;
  try {
    for (const [n, { caseId, expectedVersion, command, recordedAt }] of history.entries()) {
      Date.now = () => recordedAt;
      const expected = expectedVersion === 0 ? 'no_stream' : expectedVersion;
      await store.appendToStream({ kind: 'case', id: caseId }, expected, newEvents(command));
      events += command.events.length;
      onProgress(n + 1);
    }
  } finally {
    Date.now = realNow;
    process.emitWarning = emitWarning;
  }
  return events;
}
