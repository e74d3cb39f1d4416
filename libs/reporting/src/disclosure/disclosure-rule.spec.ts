import { cellKeyOf, cellKeySecretFrom } from './cell-key';
import { disclosedCount, roundedByKey } from './cell-key-rounding';
import { donorDisclosure } from './disclosure-rule';
import { isVictimFigure } from './victim-figures';

const SECRET = new Uint8Array(32).fill(9);
const KEYS = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);

describe('rounding by cell key', () => {
  it('given a multiple of 5, keeps it whatever the key', () => {
    for (const count of [0, 5, 15, 20, 100]) expect(new Set(KEYS.map((key) => roundedByKey(count, key)))).toEqual(new Set([count]));
  });

  it('given 21, rounds up to 25 for one key in five and down to 20 otherwise, so the rounding is unbiased', () => {
    expect(roundedByKey(21, 0.19)).toBe(25);
    expect(roundedByKey(21, 0.2)).toBe(20);
    for (const count of [11, 12, 13, 14, 21, 37, 99]) {
      const mean = KEYS.reduce((sum, key) => sum + roundedByKey(count, key), 0) / KEYS.length;
      expect(mean).toBeCloseTo(count, 6);
    }
  });

  it('withholds every count from 0 to 10, shows 15 or withholds 11 to 14, and never shows a value below 15 or more than 4 away', () => {
    for (let count = 0; count <= 10; count++) expect(KEYS.map((key) => disclosedCount(count, key)).every((v) => v === null)).toBe(true);
    for (let count = 11; count <= 14; count++) expect(new Set(KEYS.map((key) => disclosedCount(count, key)))).toEqual(new Set([null, 15]));
    const wrong: string[] = [];
    for (let count = 15; count <= 60; count++) {
      for (const key of KEYS) {
        const shown = disclosedCount(count, key);
        if (shown === null || shown % 5 !== 0 || Math.abs(shown - count) > 4) wrong.push(`${count} shown as ${shown} (key ${key})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a count that is not a whole number from 0', () => {
    expect(() => roundedByKey(-1, 0.5)).toThrow(RangeError);
    expect(() => roundedByKey(2.5, 0.5)).toThrow(RangeError);
  });
});

describe('the cell key', () => {
  const key = cellKeyOf(SECRET);

  it('depends on the set of records only: order and repeats do not change it', () => {
    expect(key(['a', 'b', 'c'])).toBe(key(['c', 'a', 'b', 'a']));
    expect(key(['a', 'b', 'c'])).toBeGreaterThanOrEqual(0);
    expect(key(['a', 'b', 'c'])).toBeLessThan(1);
  });

  it('changes with one record more, and with another secret', () => {
    expect(key(['a', 'b', 'c', 'd'])).not.toBe(key(['a', 'b', 'c']));
    expect(cellKeyOf(new Uint8Array(32).fill(8))(['a', 'b', 'c'])).not.toBe(key(['a', 'b', 'c']));
    // Length-prefixed ids: splitting an id differently is another set.
    expect(key(['ab', 'c'])).not.toBe(key(['a', 'bc']));
  });

  it('spreads keys evenly over [0, 1)', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => key([`victim-${i}`]));
    const tenths = Array.from({ length: 10 }, (_, d) => keys.filter((k) => Math.floor(k * 10) === d).length);
    for (const n of tenths) expect(n).toBeGreaterThan(140);
  });

  it('refuses a secret shorter than 32 bytes; a secret derived from key material is 32 bytes and stable', () => {
    expect(() => cellKeyOf(new Uint8Array(16))).toThrow(RangeError);
    expect(cellKeySecretFrom('PRIVATE+KEY+x')).toEqual(cellKeySecretFrom('PRIVATE+KEY+x'));
    expect(cellKeySecretFrom('PRIVATE+KEY+x')).toHaveLength(32);
    expect(cellKeySecretFrom('PRIVATE+KEY+y')).not.toEqual(cellKeySecretFrom('PRIVATE+KEY+x'));
  });
});

describe('the donor disclosure rule', () => {
  const rule = donorDisclosure(SECRET);
  const ids = (n: number, prefix = 'v') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('names the figures about victims; everything else is exact', () => {
    expect(isVictimFigure('victims.identified.bySex.female')).toBe(true);
    expect(isVictimFigure('victims.referredToServices')).toBe(true);
    expect(isVictimFigure('flags.victim_repatriated_before_testimony')).toBe(true);
    expect(isVictimFigure('victimsX.total')).toBe(false);
    expect(isVictimFigure('convictions.total')).toBe(false);
    expect(rule.figure('convictions.total', ids(3))).toBe(3);
    expect(rule.figure('flags.docket_missing', ids(1))).toBe(1);
  });

  it('gives a victim figure as the rounding its records key, the same for the same records under any name', () => {
    expect(rule.figure('victims.identified.total', ids(3))).toBeNull();
    const shown = rule.figure('victims.identified.total', ids(37))!;
    expect([35, 40]).toContain(shown);
    expect(rule.figure('victims.identified.bySex.female', ids(37).reverse())).toBe(shown);
    expect(rule.figure('flags.victim_repatriated_before_testimony', [...ids(2), ...ids(2)])).toBeNull();
  });

  it('leaves withheld cells out of a breakdown', () => {
    const female = rule.figure('victims.identified.bySex.female', ids(40, 'f'));
    expect(female).toBe(40);
    const sexes = ['female', 'male', 'other', 'unknown'];
    expect(rule.breakdown('victims.identified.bySex', { female: ids(40, 'f'), male: ids(1, 'm'), other: [] }, sexes))
      .toEqual({ female: 40, male: null, other: null, unknown: null });
    expect(rule.breakdown('victims.identified.bySex', { male: ids(1, 'm') }, sexes)).toEqual({ female: null, male: null, other: null, unknown: null });
  });

  it('given figures growing one record at a time, changes its answer at counts the count alone does not fix', () => {
    // Deterministic rounding would change from 15 to 20 at the same count every time, telling the donor that count.
    const firstTwenty = new Set<number>();
    for (let figure = 0; figure < 50; figure++) {
      const records = ids(25, `f${figure}-`);
      firstTwenty.add(records.findIndex((_, n) => rule.figure('victims.identified.total', records.slice(0, n + 1)) === 20) + 1);
    }
    expect([...firstTwenty].sort()).toEqual([16, 17, 18, 19, 20]);
  });

  it('describes itself for the answer', () => {
    expect(rule.description).toEqual(expect.objectContaining({ method: 'cell_key_rounding', roundedTo: 5, maxDifference: 4, suppressedBelow: 11, shownFrom: 15 }));
  });
});
