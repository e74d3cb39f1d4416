import { CASE_EVENT_FIELDS, CASE_EVENT_TYPES, isCorrectable, type CaseEvent, type CaseEventType } from '@casetrail/domain';
import { canonicalJson } from '../jcs/canonical-json';
import { FIXTURE_EVENTS, recorded } from '../testing/case-events';
import { CASE_EVENT_DISCLOSURE, HIDDEN } from './case-disclosure';
import { ledgerLeaf } from './ledger-leaf';
import { privatePartBytes } from './private-part';
import { publicPartOf } from './public-part';

const CANARY = 'zqleafcanary';
const ACTOR = { userId: `${CANARY}-actor`, role: 'investigator' };
const VICTIM_TYPES: readonly CaseEventType[] = [
  'VictimIdentified', 'VictimReferredToServices', 'ProtectionServiceProvided', 'VictimRepatriated', 'VictimCooperationRecorded', 'PersonalDataErased',
];
/** A person's attributes and handles: never a key of any public part, at any depth. */
const PERSON_KEYS = ['sex', 'nationality', 'ageGroup', 'identifiedBy', 'personal', 'subjectRef', 'victimRef', 'officialAgency', 'actor'];

/**
 * The fixture event's data with a canary in every field the catalogue types as free text or sealed
 * personal data (read from CASE_EVENT_FIELDS, not from the public table, so the table is what is tested).
 */
function withCanaries(type: CaseEventType, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const planted: Record<string, unknown> = { ...data };
  for (const [field, spec] of Object.entries(CASE_EVENT_FIELDS[type] as Record<string, { expected: string }>)) {
    if (spec.expected.startsWith('non-blank text')) planted[field] = `${CANARY} ${type}.${field}`;
    if (spec.expected.startsWith('sealed personal data')) planted[field] = { fullName: `sealed:${CANARY}`, idNumber: `sealed:${CANARY}` };
  }
  return planted;
}

function canaryEvent(type: CaseEventType): CaseEvent {
  const fixture = FIXTURE_EVENTS.get(type)!;
  return { type, data: withCanaries(type, fixture.data) } as CaseEvent;
}

const keysOf = (value: unknown): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

const correctableTypes = CASE_EVENT_TYPES.filter((type) => type !== 'EventCorrected' && isCorrectable(FIXTURE_EVENTS.get(type)!));

describe('the public part of a leaf', () => {
  it('given the catalogue, then the domain fixtures give an event of every type but corrections', () => {
    expect([...FIXTURE_EVENTS.keys()].sort()).toEqual(CASE_EVENT_TYPES.filter((t) => t !== 'EventCorrected').sort());
  });

  it('given the public table, then it classifies exactly the fields of every event type of the catalogue', () => {
    for (const type of CASE_EVENT_TYPES) {
      const table = CASE_EVENT_DISCLOSURE[type];
      if (table === HIDDEN) continue;
      expect([type, Object.keys(table).sort()]).toEqual([type, Object.keys(CASE_EVENT_FIELDS[type]).sort()]);
    }
  });

  it.each(CASE_EVENT_TYPES.filter((t) => t !== 'EventCorrected'))(
    'given a %s with a canary in every free-text and personal field and in its actor, then no canary and no person reaches its public part or entry',
    (type) => {
      const event = recorded(canaryEvent(type), { actor: ACTOR });
      expect(Buffer.from(privatePartBytes(event)).toString('utf8')).toContain(CANARY); // the canary is there, in the private part
      const publicPart = publicPartOf(event);
      const entry = Buffer.from(ledgerLeaf(event, new Uint8Array(32)).entry).toString('utf8');
      expect(canonicalJson(publicPart)).not.toContain(CANARY);
      expect(entry).not.toContain(CANARY);
      expect(keysOf(publicPart).filter((key) => PERSON_KEYS.includes(key))).toEqual([]);
      if (VICTIM_TYPES.includes(type)) expect(publicPart).toBeNull();
      else expect(publicPart).toMatchObject({ kind: 'case', type, caseId: event.streamId, eventId: event.eventId });
    },
  );

  it.each(correctableTypes)(
    'given a correction of a %s changing every field, with canaries, then it discloses only the public changes, or nothing for a victim event',
    (type) => {
      const changes = withCanaries(type, FIXTURE_EVENTS.get(type)!.data);
      const correction = recorded(
        { type: 'EventCorrected', data: { correctedEventId: 'e-9', correctedType: type, changes, reason: `${CANARY} reason`, occurredAt: '2021-12-31T12:00:00+02:00' } },
        { actor: ACTOR },
      );
      const publicPart = publicPartOf(correction);
      expect(canonicalJson(publicPart)).not.toContain(CANARY);
      expect(keysOf(publicPart).filter((key) => PERSON_KEYS.includes(key))).toEqual([]);
      if (VICTIM_TYPES.includes(type)) {
        expect(publicPart).toBeNull();
        return;
      }
      const table = CASE_EVENT_DISCLOSURE[type] as Record<string, string>;
      const expected = Object.keys(changes).filter((field) => table[field] === 'public' || field === 'occurredAt').sort();
      expect(publicPart).toMatchObject({ type: 'EventCorrected', data: { correctedEventId: 'e-9', correctedType: type } });
      expect(Object.keys((publicPart!.data as { changes: object }).changes).sort()).toEqual(expected);
    },
  );
});
