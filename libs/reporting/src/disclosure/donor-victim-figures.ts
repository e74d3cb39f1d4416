import { AGE_GROUPS, FORMS, IDENTIFIED_BY, NATIONALITIES, SEXES } from '@casetrail/domain';
import type { VictimBreakdown, VictimRecords } from '../victim-records';
import type { DisclosureRule } from './disclosure-rule';

/** Every value each breakdown can take: a donor's breakdown lists them all, withheld ones as null. */
const BREAKDOWN_VALUES: Readonly<Record<VictimBreakdown, readonly string[]>> = {
  bySex: SEXES,
  byAgeGroup: AGE_GROUPS,
  byNationality: NATIONALITIES,
  byForm: FORMS,
  byIdentifiedBy: IDENTIFIED_BY,
};

/** The victim figures of a period as a donor may see them. */
export function donorVictimFigures(records: VictimRecords, rule: DisclosureRule) {
  const { identified } = records;
  const breakdown = (name: VictimBreakdown) => rule.breakdown(`victims.identified.${name}`, identified[name], BREAKDOWN_VALUES[name]);
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
