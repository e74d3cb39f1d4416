import type { Position } from '@eventstore/db-client';
import { partsOf, positionOf, type GlobalPosition } from '../port/global-position';

/** Our global position from the client's log position: commit, then prepare. */
export function toGlobalPosition(position: Position): GlobalPosition {
  return positionOf(position.commit, position.prepare);
}

/** The client's log position from ours (the inverse of `toGlobalPosition`). */
export function toLogPosition(position: GlobalPosition): Position {
  const { major, minor } = partsOf(position);
  return { commit: major, prepare: minor };
}
