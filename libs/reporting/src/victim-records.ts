import type { CaseFacts, VictimFacts } from './case-facts';

export const VICTIM_BREAKDOWNS = ['bySex', 'byAgeGroup', 'byNationality', 'byForm', 'byIdentifiedBy'] as const;
export type VictimBreakdown = (typeof VICTIM_BREAKDOWNS)[number];

const ATTRIBUTE: Readonly<Record<VictimBreakdown, keyof VictimFacts>> = {
  bySex: 'sex', byAgeGroup: 'ageGroup', byNationality: 'nationality', byForm: 'form', byIdentifiedBy: 'identifiedBy',
};

/** What each victim figure of a period counts: the victims in it, by the id of the event that identified them. */
export interface VictimRecords {
  identified: { total: string[] } & Record<VictimBreakdown, Record<string, string[]>>;
  referredToServices: string[];
}

/** The victims identified in [from, to), by each breakdown, and the distinct victims referred to a service then. */
export function victimRecords(cases: readonly CaseFacts[], from: number, to: number): VictimRecords {
  const inPeriod = (t: number) => t >= from && t < to;
  const records: VictimRecords = {
    identified: { total: [], bySex: {}, byAgeGroup: {}, byNationality: {}, byForm: {}, byIdentifiedBy: {} },
    referredToServices: [],
  };
  for (const c of cases) {
    for (const victim of c.victims.values()) {
      if (!inPeriod(victim.identifiedAt)) continue;
      records.identified.total.push(victim.eventId);
      for (const breakdown of VICTIM_BREAKDOWNS) {
        const cells = records.identified[breakdown];
        const value = String(victim[ATTRIBUTE[breakdown]]);
        (cells[value] ??= []).push(victim.eventId);
      }
    }
    const referred = new Set(c.referrals.filter((r) => inPeriod(r.at)).map((r) => r.victimRef));
    for (const victimRef of referred) records.referredToServices.push(c.victims.get(victimRef)?.eventId ?? `${c.caseId}/${victimRef}`);
  }
  return records;
}

/** The counts of those records: the victim figures as an auditor sees them. */
export function victimCounts(records: VictimRecords) {
  const counts = (cells: Record<string, string[]>) => Object.fromEntries(Object.entries(cells).map(([k, ids]) => [k, ids.length]));
  const { identified } = records;
  return {
    identified: {
      total: identified.total.length,
      bySex: counts(identified.bySex),
      byAgeGroup: counts(identified.byAgeGroup),
      byNationality: counts(identified.byNationality),
      byForm: counts(identified.byForm),
      byIdentifiedBy: counts(identified.byIdentifiedBy),
    },
    referredToServices: records.referredToServices.length,
  };
}
