import type { GovernmentActionFigures } from '../../government-action';

/**
 * The rule donors had before cell-key rounding, kept as the attackers' control: every figure under
 * `victims.identified` from 1 to 10 became null, everything else (referredToServices too) was exact.
 */
export function singleCellSuppression(figures: GovernmentActionFigures): GovernmentActionFigures {
  const hide = (n: number | null) => (n !== null && n >= 1 && n < 11 ? null : n);
  const hideAll = (counts: Record<string, number | null>) => Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, hide(n)]));
  const { identified } = figures.victims;
  return {
    ...figures,
    victims: {
      ...figures.victims,
      identified: {
        total: hide(identified.total),
        bySex: hideAll(identified.bySex),
        byAgeGroup: hideAll(identified.byAgeGroup),
        byNationality: hideAll(identified.byNationality),
        byForm: hideAll(identified.byForm),
        byIdentifiedBy: hideAll(identified.byIdentifiedBy),
      },
    },
  };
}
