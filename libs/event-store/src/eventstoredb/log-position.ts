import type { Position } from '@eventstore/db-client';
import type { GlobalPosition } from '../port/event-store.port';

/** Our global position from the client's log position: transactionId = commit, sequence = prepare. */
export function toGlobalPosition(position: Position): GlobalPosition {
  return { transactionId: position.commit, sequence: position.prepare };
}

/** The client's log position from ours (the inverse of `toGlobalPosition`). */
export function toLogPosition(position: GlobalPosition): Position {
  return { commit: position.transactionId, prepare: position.sequence };
}
