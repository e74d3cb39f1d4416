import type { CaseEventType } from './events';
import { CASE_EVENT_SCHEMA_VERSION } from './events';

/** What each schema version added to an event type's data, read as null in events recorded before it. */
const ADDED_FIELDS: Partial<Record<CaseEventType, Readonly<Record<number, readonly string[]>>>> = {
  EvidenceAttached: { 2: ['mediaType', 'custodian'] },
};

/**
 * A stored event's data in the shape of the current schema: the fields a later version added are
 * null in an event recorded under an earlier one. The stored event itself is never rewritten.
 */
export function upcastCaseEventData(
  type: CaseEventType,
  schemaVersion: number,
  data: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  const added = ADDED_FIELDS[type];
  if (added === undefined) return data;
  const missing: Record<string, null> = {};
  for (let version = schemaVersion + 1; version <= CASE_EVENT_SCHEMA_VERSION[type]; version++) {
    for (const field of added[version] ?? []) if (!Object.hasOwn(data, field)) missing[field] = null;
  }
  return Object.keys(missing).length === 0 ? data : { ...data, ...missing };
}
