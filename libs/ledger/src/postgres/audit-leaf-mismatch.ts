import type { RecordedEvent } from '@casetrail/event-store';
import { bytesEqual } from '../encoding';
import type { LedgerLeaf } from '../leaf/ledger-leaf';
import { openLedgerEntry } from '../leaf/open-entry';
import type { SealedLeaf } from './sealed-leaves';

type Described = Pick<RecordedEvent, 'eventId' | 'streamId' | 'version'>;

/**
 * Why the leaf sealed for an event is not the leaf its event gives now. When the sealed entry commits
 * to the event's private part but shows another public part, the sealer published something the
 * event does not say: name the fields. Otherwise the event itself changed after it was sealed.
 */
export function explainLeafMismatch(event: Described, leafIndex: number, sealed: SealedLeaf | undefined, recomputed: LedgerLeaf): string | null {
  if (!sealed || sealed.eventId !== event.eventId) return null;
  let opened;
  try {
    opened = openLedgerEntry(sealed.entry);
  } catch (error) {
    return `event ${event.eventId} (leaf ${leafIndex}): the entry sealed for it is not a leaf entry: ${(error as Error).message}`;
  }
  if (!bytesEqual(opened.commitment, recomputed.commitment)) return null;
  const fields = differingFields(opened.publicPart, recomputed.publicPart);
  if (fields.length === 0) return null;
  return (
    `event ${event.eventId} (stream ${event.streamId} version ${event.version}, leaf ${leafIndex}): ` +
    `the public part sealed for it does not match its private part (${fields.join('; ')})`
  );
}

/** `path: sealed X, the event says Y` for every member of the two public parts that differs. */
function differingFields(sealed: unknown, actual: unknown, path = 'public'): string[] {
  if (isRecord(sealed) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(sealed), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => differingFields(sealed[key], actual[key], `${path}.${key}`));
  }
  const [was, is] = [JSON.stringify(sealed) ?? 'nothing', JSON.stringify(actual) ?? 'nothing'];
  return was === is ? [] : [`${path}: sealed ${was}, the event says ${is}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
