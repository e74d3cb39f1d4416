import type { ReportEvent } from '../report-event';
import { reportingPeriod } from '../reporting-period';
import { donorDisclosure } from './disclosure-rule';
import {
  aboutFewerThan11, combinedAttack, derivedWithheld, differencingAttack, fromBounds, fromDomains, HISTORY_DISTRICTS, linearAttack,
  observe, randomHistory, ruleView, singleCellView, wronglyExcluded, type DonorObservations, type Reading,
  cellKeyReading, singleCellReading,
} from './testing';

const RULE = donorDisclosure(new Uint8Array(32).fill(41));
const CELL_KEY = cellKeyReading(RULE.description);
const ASKED = [reportingPeriod('2021-22'), reportingPeriod('2022-23')];
// Each history costs seconds (every moment × 4 scopes × 3 periods); CASETRAIL_ATTACK_HISTORIES=30 for a longer run.
const SEEDS = Array.from({ length: Number(process.env.CASETRAIL_ATTACK_HISTORIES ?? 3) }, (_, i) => 7001 + i);
const STEPS = 100;
const MINUTES = 5 * 60_000;

const described = (cells: readonly { moment: number; scope: string; period: string; path: string; truth: number }[]) =>
  cells.map((c) => `t${c.moment} ${c.scope} ${c.period} ${c.path} = ${c.truth}`);

function attacks(observations: DonorObservations, reading: Reading) {
  const linear = fromBounds(linearAttack(observations, reading));
  const differencing = fromDomains(differencingAttack(observations, reading));
  const combined = fromDomains(combinedAttack(observations, reading));
  return { linear, differencing, combined };
}

describe("the issue's example: 17 victims, 16 of them from Lesotho and one from China, in one case", () => {
  const events: ReportEvent[] = [];
  const at = (n: number) => new Date(Date.parse('2023-04-01T08:00:00Z') + n * 3_600_000).toISOString();
  events.push({ eventId: 'c-1', caseId: 'c', version: 1, type: 'CaseReferred', occurredAt: '2021-05-01T09:00:00+02:00', recordedAt: at(0), data: { district: 'maseru' } });
  for (let n = 1; n <= 17; n++) {
    events.push({
      eventId: `c-${n + 1}`, caseId: 'c', version: n + 1, type: 'VictimIdentified', occurredAt: '2021-06-01T09:00:00+02:00', recordedAt: at(n),
      data: { victimRef: `v${n}`, sex: 'female', ageGroup: 'adult', nationality: n === 17 ? 'CN' : 'LS', form: 'labour', identifiedBy: 'government' },
    });
  }
  const last = events.length;
  const cn = `${last}|national|2021-22|victims.identified.byNationality.CN`;

  it('given the old rule, the linear attacker finds the one Chinese victim (total 17 minus 16)', () => {
    const observations = observe(events, ['maseru'], ASKED, singleCellView);
    expect(observations.cells.get(cn)).toMatchObject({ published: null, truth: 1 });
    const { linear } = attacks(observations, singleCellReading);
    expect([...linear(cn)]).toEqual([1]);
  });

  it('given cell-key rounding, no attacker learns how many Chinese victims there are', () => {
    const observations = observe(events, ['maseru'], ASKED, ruleView(RULE));
    const { combined } = attacks(observations, CELL_KEY);
    expect(observations.cells.get(cn)!.published).toBeNull();
    expect(combined(cn).size).toBeGreaterThan(1);
    expect(derivedWithheld(observations, CELL_KEY, combined)).toEqual([]);
  });
});

describe('donor figures against attackers holding every answer a donor can fetch', () => {
  const histories = new Map(SEEDS.map((seed) => [seed, randomHistory(seed, STEPS)]));

  it.each(SEEDS.slice(0, 1))('history %i, old rule (the control): each attacker alone derives withheld figures of 1 to 10, and never wrongly', (seed) => {
    const observations = observe(histories.get(seed)!, HISTORY_DISTRICTS, ASKED, singleCellView);
    const { linear, differencing } = attacks(observations, singleCellReading);
    expect(aboutFewerThan11(derivedWithheld(observations, singleCellReading, linear)).length).toBeGreaterThan(0);
    expect(aboutFewerThan11(derivedWithheld(observations, singleCellReading, differencing)).length).toBeGreaterThan(0);
    expect(described(wronglyExcluded(observations, linear))).toEqual([]);
    expect(described(wronglyExcluded(observations, differencing))).toEqual([]);
  }, MINUTES);

  it.each(SEEDS)('history %i, cell-key rounding: no attacker, alone or with the other, derives any figure of 1 to 10', (seed) => {
    const observations = observe(histories.get(seed)!, HISTORY_DISTRICTS, ASKED, ruleView(RULE));
    const cells = [...observations.cells.values()].filter((c) => c.moment > 0);
    // The history exercises the rule: figures shown, figures withheld, and figures appearing after being withheld.
    expect(cells.filter((c) => typeof c.published === 'number').length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.truth >= 1 && c.truth <= 10).length).toBeGreaterThan(1000);
    expect(cells.filter((c) => typeof c.published === 'number' && observations.cells.get(`${c.moment - 1}|${c.scope}|${c.period}|${c.path}`)!.published == null).length).toBeGreaterThan(0);
    // The combined attacker knows at least what either knows alone, so it failing means both fail.
    const combined = fromDomains(combinedAttack(observations, CELL_KEY));
    expect(described(aboutFewerThan11(derivedWithheld(observations, CELL_KEY, combined)))).toEqual([]);
    expect(described(wronglyExcluded(observations, combined))).toEqual([]);
  }, MINUTES);
});
