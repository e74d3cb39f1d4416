import type { VictimRecords } from '../victim-records';
import type { DisclosureRule } from './disclosure-rule';

/** The victim figures of a period as a donor may see them. */
export function donorVictimFigures(records: VictimRecords, rule: DisclosureRule) {
  const { identified } = records;
  const breakdown = (name: keyof typeof identified & `by${string}`) =>
    rule.breakdown(`victims.identified.${name}`, identified[name]);
  return {
    identified: {
      total: rule.figure('victims.identified.total', identified.total),
      bySex: breakdown('bySex'),
      byAgeGroup: breakdown('byAgeGroup'),
      byNationality: breakdown('byNationality'),
      byForm: breakdown('byForm'),
      byIdentifiedBy: breakdown('byIdentifiedBy'),
    },
    referredToServices: rule.figure('victims.referredToServices', records.referredToServices),
  };
}
