import { seededRandom } from '@casetrail/domain';
import type { ReportEvent } from '../../report-event';

export const HISTORY_DISTRICTS = ['maseru', 'berea', 'leribe'] as const;

type Weighted<T> = readonly (readonly [T, number])[];
const pick = <T>(random: () => number, choices: Weighted<T>): T => {
  let r = random() * choices.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of choices) if ((r -= weight) < 0) return value;
  return choices[choices.length - 1]![0];
};

// Skewed on purpose: most victims alike, a few who would stand out in a small cell.
const SEX: Weighted<string> = [['female', 80], ['male', 17], ['other', 3]];
const AGE: Weighted<string> = [['adult', 78], ['child', 22]];
const NATIONALITY: Weighted<string> = [['LS', 72], ['ZA', 16], ['CN', 8], ['MZ', 4]];
const FORM: Weighted<string> = [['labour', 55], ['sex', 40], ['sex_and_labour', 5]];
const IDENTIFIED_BY: Weighted<string> = [['government', 70], ['ngo', 30]];
const DISTRICT: Weighted<string> = [['maseru', 65], ['berea', 25], ['leribe', 10]];
// Occurred mostly in 2021-22, some in the years either side (Lesotho time).
const YEAR_STARTS: Weighted<number> = [[Date.parse('2020-04-01T00:00:00+02:00'), 20], [Date.parse('2021-04-01T00:00:00+02:00'), 65], [Date.parse('2022-04-01T00:00:00+02:00'), 15]];
const YEAR_MS = 365 * 86_400_000;
const RECORDING_STARTS = Date.parse('2023-04-01T08:00:00Z');

/**
 * A random record of `steps` events over a few cases in three districts: victims identified (most), victims
 * referred, corrections of a victim's sex, nationality or date (moving them between cells or periods),
 * investigations (events that change no victim figure). Every event is recorded an hour after the one before,
 * so each knownAt between two of them sees one more event; each event changes at most one victim.
 */
export function randomHistory(seed: number, steps: number): ReportEvent[] {
  const random = seededRandom(seed);
  const events: ReportEvent[] = [];
  const cases: { caseId: string; version: number }[] = [];
  const victims: { caseId: string; eventId: string; victimRef: string; identifiedAt: number }[] = [];
  const append = (c: { caseId: string; version: number }, type: string, occurredAt: number, data: Record<string, unknown>) => {
    const recordedAt = new Date(RECORDING_STARTS + events.length * 3_600_000).toISOString();
    const event = {
      eventId: `${c.caseId}-e${++c.version}`, caseId: c.caseId, version: c.version, type,
      occurredAt: new Date(occurredAt).toISOString(), recordedAt, data: { ...data, occurredAt: new Date(occurredAt).toISOString() },
    };
    events.push(event);
    return event;
  };
  const someCase = () => {
    if (cases.length === 0 || (cases.length < 8 && random() < 0.08)) {
      const created = { caseId: `case-${seed}-${cases.length}`, version: 0 };
      cases.push(created);
      append(created, 'CaseReferred', Date.parse('2020-01-01T09:00:00+02:00'), { district: pick(random, DISTRICT), form: 'labour' });
    }
    return cases[Math.floor(random() * cases.length)]!;
  };
  const occurred = () => pick(random, YEAR_STARTS) + Math.floor(random() * YEAR_MS);
  while (events.length < steps) {
    const action = victims.length === 0 ? 'identify' : pick(random, [['identify', 70], ['refer', 12], ['correct', 10], ['investigate', 8]] as const);
    if (action === 'identify') {
      const c = someCase();
      const victimRef = `v${victims.length}`;
      const at = occurred();
      const e = append(c, 'VictimIdentified', at, {
        victimRef, sex: pick(random, SEX), ageGroup: pick(random, AGE), nationality: pick(random, NATIONALITY),
        form: pick(random, FORM), identifiedBy: pick(random, IDENTIFIED_BY),
      });
      victims.push({ caseId: c.caseId, eventId: e.eventId, victimRef, identifiedAt: at });
    } else if (action === 'refer') {
      const v = victims[Math.floor(random() * victims.length)]!;
      append(cases.find((c) => c.caseId === v.caseId)!, 'VictimReferredToServices', v.identifiedAt + Math.floor(random() * YEAR_MS / 2), { victimRef: v.victimRef });
    } else if (action === 'correct') {
      const v = victims[Math.floor(random() * victims.length)]!;
      const changes = pick(random, [
        [{ sex: pick(random, SEX) }, 1], [{ nationality: pick(random, NATIONALITY) }, 1], [{ occurredAt: new Date(occurred()).toISOString() }, 1],
      ] as const);
      append(cases.find((c) => c.caseId === v.caseId)!, 'EventCorrected', Date.parse(events[events.length - 1]!.recordedAt), { correctedEventId: v.eventId, changes });
    } else {
      append(someCase(), 'InvestigationOpened', occurred(), {});
    }
  }
  return events;
}
