import type { ExpectedVersion } from './event-store.port';
import { describeStream, type StreamName } from './streams';

/** The stream was not at the expected version: a concurrent writer got there first. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly stream: StreamName,
    readonly expected: ExpectedVersion,
    /** The stream's version, or null where the store could not tell (a conflict inside a session). */
    readonly actual: number | null,
  ) {
    super(`stream ${describeStream(stream)} is at version ${actual ?? 'unknown'}, expected ${String(expected)}`);
  }
}

/** The same event id was appended before with different content or to another place. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly eventId: string) {
    super(`event ${eventId} was already stored with different content or position`);
  }
}

/** An append of no events: a caller's mistake, refused before the store is asked. */
export const emptyAppend = () => new TypeError('an append carries at least one event');
