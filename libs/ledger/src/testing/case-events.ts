import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent, type CaseEventType } from '@casetrail/domain';
import { decodeGlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { day, ev } from '../../../domain/src/testing/fixtures';

/** The types the domain's fixtures do not make yet. */
const MORE: readonly CaseEvent[] = [
  { type: 'ProtectionServiceProvided', data: { victimRef: 'victim-1', occurredAt: day(4), service: 'medical', provider: 'Queen II Hospital', governmentFunded: true } },
  { type: 'VictimRepatriated', data: { victimRef: 'victim-1', occurredAt: day(6), destination: 'ZA', governmentFunded: true } },
  { type: 'VictimCooperationRecorded', data: { victimRef: 'victim-1', occurredAt: day(7), cooperation: 'statement_given', note: null } },
  { type: 'OfficialComplicityAlleged', data: { suspectRef: 'suspect-1', occurredAt: day(5), agency: 'Immigration', summary: null } },
  { type: 'HearingAdjourned', data: { suspectRef: 'suspect-1', occurredAt: day(17), reason: 'court not sitting', adjournedTo: '2021-11-24' } },
];

/** One plausible event of every type but EventCorrected (which needs a target): the domain's fixtures, then MORE. */
export const FIXTURE_EVENTS: ReadonlyMap<CaseEventType, CaseEvent> = new Map(
  [
    ...Object.values(ev)
      .filter((make) => make.length <= 1)
      .map((make) => (make as () => CaseEvent)()),
    ...MORE,
  ].map((event) => [event.type, event]),
);

/** A case event as the store returns it. */
export function recorded(event: CaseEvent, overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  return {
    eventId: '6f1c1c7e-3d55-4a8e-9d43-0a6f4f2a9b10',
    streamId: 'b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64',
    version: 3,
    position: 42n,
    globalPosition: decodeGlobalPosition('900:42'),
    streamKind: 'case',
    type: event.type,
    schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type],
    occurredAt: String(event.data.occurredAt),
    recordedAt: '2021-11-08T07:31:02.123Z',
    data: event.data,
    actor: { userId: 'u-7', role: 'investigator' },
    correlationId: 'c-1',
    causationId: null,
    ...overrides,
  };
}
