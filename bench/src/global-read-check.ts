import type { ReadEvent } from './systems/system';

/** What a read of everything in the global order got right or wrong. */
export interface GlobalReadCheck {
  readonly expected: number;
  readonly missing: number;
  readonly duplicated: number;
  readonly unexpected: number;
  /** Events read before an event of the same stream with a lower version. */
  readonly outOfStreamOrder: number;
  /** Every expected event read once, nothing else, each stream in version order. */
  readonly correct: boolean;
}

/** Checks `read` against the ids that were appended: a fast wrong answer must not pass for a fast one. */
export function checkGlobalRead(read: readonly ReadEvent[], expected: readonly string[]): GlobalReadCheck {
  const wanted = new Set(expected);
  const seen = new Set<string>();
  const lastVersion = new Map<string, number>();
  let duplicated = 0;
  let unexpected = 0;
  let outOfStreamOrder = 0;
  for (const event of read) {
    if (seen.has(event.eventId)) duplicated += 1;
    else if (!wanted.has(event.eventId)) unexpected += 1;
    seen.add(event.eventId);
    if (event.version <= (lastVersion.get(event.streamId) ?? 0)) outOfStreamOrder += 1;
    lastVersion.set(event.streamId, Math.max(event.version, lastVersion.get(event.streamId) ?? 0));
  }
  const missing = expected.filter((id) => !seen.has(id)).length;
  return {
    expected: expected.length,
    missing,
    duplicated,
    unexpected,
    outOfStreamOrder,
    correct: missing === 0 && duplicated === 0 && unexpected === 0 && outOfStreamOrder === 0,
  };
}
