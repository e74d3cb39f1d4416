import { percentile } from '../caseload/caseload-measures.query';
import { ageBandOf } from './backlog-at.query';

describe('the backlog age bands and the pending-age percentile', () => {
  it.each([
    [0, '0-30'], [30, '0-30'], [31, '31-90'], [90, '31-90'], [91, '91-180'], [180, '91-180'],
    [181, '181-365'], [365, '181-365'], [366, '>365'], [2000, '>365'],
  ] as const)('given %i days pending, the band is %s', (days, band) => {
    expect(ageBandOf(days)).toBe(band);
  });

  it('given values, the 90th percentile is the nearest rank; none gives null', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90)).toBe(9);
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 11], 90)).toBe(10);
  });
});
