import { isCaseEventType, type CaseEvent, type StoredCaseEvent } from '@casetrail/domain';

/** An event as the report reads it: no personal data, times as recorded. */
export interface ReportEvent {
  readonly eventId: string;
  readonly caseId: string;
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The record as it stood at `knownAt`: events recorded by then, with the corrections recorded by then
 * applied to what they correct (data merged, `occurredAt` moved). Corrections themselves are dropped.
 */
export function asKnownAt(events: readonly ReportEvent[], knownAt: number): ReportEvent[] {
  const known = events.filter((e) => Date.parse(e.recordedAt) <= knownAt);
  const byId = new Map(known.filter((e) => e.type !== 'EventCorrected').map((e) => [e.eventId, e]));
  const corrections = known
    .filter((e) => e.type === 'EventCorrected')
    .sort((a, b) => a.caseId.localeCompare(b.caseId) || a.version - b.version);
  for (const correction of corrections) {
    const targetId = String(correction.data.correctedEventId);
    const target = byId.get(targetId);
    if (!target) continue;
    const changes = (correction.data.changes ?? {}) as Record<string, unknown>;
    const occurredAt = typeof changes.occurredAt === 'string' ? changes.occurredAt : target.occurredAt;
    byId.set(targetId, { ...target, occurredAt, data: { ...target.data, ...changes } });
  }
  return [...byId.values()].sort((a, b) => a.caseId.localeCompare(b.caseId) || a.version - b.version);
}

/**
 * The report's row as a domain event, for what reads domain events (the red flags). The row lacks
 * the free text the read model leaves out; nothing that reads it here looks at free text.
 */
export function storedCaseEvent(row: ReportEvent): StoredCaseEvent[] {
  if (!isCaseEventType(row.type)) return [];
  return [{ eventId: row.eventId, event: { type: row.type, data: { ...row.data, occurredAt: row.occurredAt } } as CaseEvent }];
}
