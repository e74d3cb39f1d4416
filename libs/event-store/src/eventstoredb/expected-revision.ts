import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';
import type { ExpectedVersion } from '../port/event-store.port';

/**
 * Our expected version as the client's `expectedRevision`. Versions count events (1-based, 0 = none
 * yet); revisions number them from 0, so version n is revision n - 1 and version 0 is NO_STREAM.
 */
export function toExpectedRevision(expected: ExpectedVersion): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isInteger(expected) || expected < 0) {
        throw new TypeError(`expected version must be a whole number >= 0, got ${expected}`);
      }
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
}

/** The stream's version (its number of events) from the client's current revision. */
export function versionOf(current: CurrentRevision): number {
  // -1n is how the client reports "no stream" when it does not throw on a refused append.
  return current === NO_STREAM ? 0 : Number(current) + 1;
}
