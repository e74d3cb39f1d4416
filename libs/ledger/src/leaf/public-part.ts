import { isCaseEventType, type CaseEventType } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';
import { disclosureOf, HIDDEN } from './case-disclosure';
import { leafTime } from './leaf-time';

/** What every reader of a case event's leaf sees: no free text, no person, no actor. */
export interface CasePublicPart {
  readonly kind: 'case';
  readonly caseId: string;
  readonly eventId: string;
  readonly type: CaseEventType;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A claim is a public statement: its leaf shows all of it. */
export interface ClaimPublicPart {
  readonly kind: 'claim';
  readonly claimId: string;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A leaf's public part; null for a leaf that discloses only that it exists. */
export type PublicPart = CasePublicPart | ClaimPublicPart | null;

/** The public part of an event's leaf: a function of the event alone, so an auditor recomputes it. */
export function publicPartOf(event: RecordedEvent): PublicPart {
  const kind = event.streamKind;
  switch (kind) {
    case 'case':
      return casePublicPart(event);
    case 'claim':
      return {
        kind,
        claimId: event.streamId,
        eventId: event.eventId,
        type: event.type,
        occurredAt: leafTime(event.occurredAt),
        recordedAt: leafTime(event.recordedAt),
        data: event.data,
      };
    case 'user':
    case 'access':
      return null;
    default: {
      // Every kind is classified above (this fails to compile otherwise); one stored by a newer writer discloses nothing.
      const unclassified: never = kind;
      return unclassified && null;
    }
  }
}

function casePublicPart(event: RecordedEvent): CasePublicPart | null {
  if (!isCaseEventType(event.type)) return null;
  const data = publicData(event.type, event.data);
  if (data === null) return null;
  return {
    kind: 'case',
    caseId: event.streamId,
    eventId: event.eventId,
    type: event.type,
    occurredAt: leafTime(event.occurredAt),
    recordedAt: leafTime(event.recordedAt),
    data,
  };
}

/** The fields the table makes public, or null when the event (or the one it corrects) is hidden. */
function publicData(type: CaseEventType, data: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
  const table = disclosureOf(type);
  if (table === HIDDEN) return null;
  const shown: Record<string, unknown> = {};
  for (const [field, disclosure] of Object.entries(table)) {
    if (!Object.hasOwn(data, field)) continue;
    if (disclosure === 'public') shown[field] = data[field];
    if (disclosure === 'public-changes') {
      const changes = correctedChanges(data);
      if (changes === null) return null;
      shown[field] = changes;
    }
  }
  return shown;
}

/** A correction's changes as the corrected type's table shows them; null when that type is hidden. */
function correctedChanges(correction: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
  const target = correction.correctedType;
  const changes = correction.changes;
  if (!isCaseEventType(target) || typeof changes !== 'object' || changes === null || Array.isArray(changes)) return null;
  const table = disclosureOf(target);
  if (table === HIDDEN) return null;
  const shown: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    const disclosure = Object.hasOwn(table, field) ? table[field] : 'private';
    if (disclosure === 'public') shown[field] = value;
    if (disclosure === 'envelope' && field === 'occurredAt' && typeof value === 'string') shown[field] = leafTime(value);
  }
  return shown;
}
