import { countedFlags } from '../flag-figures';
import type { CaseItems, Counted, CountedItem } from './case-items';

type Lister = (c: CaseItems, inPeriod: (t: number | null | undefined) => boolean, bounds: { from: number; to: number; flagsAt: number }) => (Counted | null)[];

const firstCharges = (c: CaseItems) => [...c.accused.values()].map((a) => a.firstCharged);
const verdicts = (c: CaseItems, outcome: string, statute?: (s: string) => boolean) =>
  [...c.accused.values()].map((a) => a.verdict).filter((v) => v?.data.outcome === outcome && (statute?.(String(v.data.statute)) ?? true));
const months = (s: Counted) => ({
  prison: Number(s.data.imprisonmentMonths), suspended: Number(s.data.suspendedMonths), fine: Number(s.data.fine ?? 0), inLieu: s.data.fineInLieuOfPrison === true,
});
/** The first of a list that is counted, so a case counts once. */
const once = (list: (Counted | null)[]) => list.filter((x): x is Counted => x !== null).slice(0, 1);

const investigationsInitiated: Lister = (c, inPeriod) => c.investigations.filter((s) => inPeriod(s.opened.at)).map((s) => s.opened);
const prosecutionsInitiated: Lister = (c, inPeriod) => firstCharges(c).filter((f) => inPeriod(f?.at));
const prosecutionsContinued: Lister = (c, inPeriod, { from }) =>
  [...c.accused.values()]
    .filter((a) => a.firstCharged !== null && !inPeriod(a.firstCharged.at) && a.firstCharged.at < from && Math.min(a.verdict?.at ?? Infinity, a.withdrawn?.at ?? Infinity) >= from)
    .map((a) => a.firstCharged);
const summonsesServed: Lister = (c, inPeriod) => [...c.summonses.values()].map((s) => s.served).filter((s) => inPeriod(s?.at));
const casesPending: Lister = (c, _inPeriod, { to }) => c.dockets.filter((d) => d.submitted.at < to && (d.decidedAt === null || d.decidedAt >= to)).map((d) => d.submitted);
/** A flag counts as the event that raised it. */
const flagsOf = (kind: string): Lister => (c, _inPeriod, { from, to, flagsAt }) =>
  countedFlags(c.flags, from, to, flagsAt).filter((flag) => flag.kind === kind).map((flag) => c.events.get(flag.eventIds[0] ?? '') ?? null);
const victimsBy = (attribute: string, value: string): Lister => (c, inPeriod) => c.victims.filter((v) => inPeriod(v.at) && String(v.data[attribute]) === value);

/** What each figure counts, by the figure's path (breakdown cells by their prefix, the cell's value after it). */
const LISTERS: Readonly<Record<string, Lister>> = {
  'investigations.initiated.total': investigationsInitiated,
  'investigations.continued': (c, inPeriod, { from }) =>
    c.investigations.filter((s) => !inPeriod(s.opened.at) && s.opened.at < from && (s.endedAt === null || s.endedAt >= from)).map((s) => s.opened),
  'investigations.closed': (c, inPeriod) => c.investigationsClosed.filter((x) => inPeriod(x.at)),
  'prosecutions.initiated.total': prosecutionsInitiated,
  'prosecutions.initiated.cases': (c, inPeriod, bounds) => once(prosecutionsInitiated(c, inPeriod, bounds)),
  'prosecutions.continued': prosecutionsContinued,
  'prosecutions.continuedCases': (c, inPeriod, bounds) => once(prosecutionsContinued(c, inPeriod, bounds)),
  'convictions.total': (c, inPeriod) => verdicts(c, 'convicted').filter((v) => inPeriod(v?.at)),
  'convictions.antiTraffickingAct': (c, inPeriod) => verdicts(c, 'convicted', (s) => s === 'anti_trafficking_act').filter((v) => inPeriod(v?.at)),
  'convictions.otherLaw': (c, inPeriod) => verdicts(c, 'convicted', (s) => s !== 'anti_trafficking_act').filter((v) => inPeriod(v?.at)),
  acquittals: (c, inPeriod) => [...c.accused.values()].map((a) => a.verdict).filter((v) => v !== null && v.data.outcome !== 'convicted' && inPeriod(v.at)),
  withdrawals: (c, inPeriod) => [...c.accused.values()].map((a) => a.withdrawn).filter((w) => inPeriod(w?.at)),
  'sentences.total': (c, inPeriod) => c.sentences.filter((s) => inPeriod(s.at)),
  'sentences.prisonAtLeast12Months': (c, inPeriod) => c.sentences.filter((s) => inPeriod(s.at) && months(s).prison - months(s).suspended >= 12 && !months(s).inLieu),
  'sentences.suspendedOnly': (c, inPeriod) => c.sentences.filter((s) => inPeriod(s.at) && months(s).prison > 0 && months(s).suspended >= months(s).prison),
  'sentences.fineOnly': (c, inPeriod) => c.sentences.filter((s) => inPeriod(s.at) && months(s).prison === 0 && months(s).fine > 0 && !months(s).inLieu),
  'sentences.fineInLieuOfPrison': (c, inPeriod) => c.sentences.filter((s) => inPeriod(s.at) && months(s).inLieu),
  'summonses.issued': (c, inPeriod) => [...c.summonses.values()].map((s) => s.issued).filter((s) => inPeriod(s.at)),
  'summonses.served': summonsesServed,
  'summonses.failed': (c, inPeriod) => [...c.summonses.values()].flatMap((s) => s.failed).filter((s) => inPeriod(s.at)),
  'summonses.outstandingAtEnd': (c, _inPeriod, { to }) =>
    [...c.summonses.values()].filter((s) => s.issued.at < to && (s.served === null || s.served.at >= to)).map((s) => s.issued),
  'summonses.medianDaysToService': summonsesServed,
  'dpp.casesPendingAtEnd': casesPending,
  'dpp.medianDaysPending': casesPending,
  'dockets.reportedMissing': (c, inPeriod) => c.docketsReportedMissing.filter((x) => inPeriod(x.at)),
  'dockets.reconstructed': (c, inPeriod) => c.docketsReconstructed.filter((x) => inPeriod(x.at)),
  'dockets.missingAtEnd': flagsOf('docket_missing'),
  'officials.investigated': (c, inPeriod) => [...c.accused.values()].filter((a) => a.official).map((a) => a.identified).filter((x) => inPeriod(x?.at)),
  'officials.prosecuted': (c, inPeriod) => [...c.accused.values()].filter((a) => a.official).map((a) => a.firstCharged).filter((x) => inPeriod(x?.at)),
  'officials.convicted': (c, inPeriod) =>
    [...c.accused.values()].filter((a) => a.official).map((a) => a.verdict).filter((v) => v?.data.outcome === 'convicted' && inPeriod(v.at)),
  'victims.identified.total': (c, inPeriod) => c.victims.filter((v) => inPeriod(v.at)),
  'victims.referredToServices': (c, inPeriod) => {
    const first = new Map<string, Counted>();
    for (const r of c.referrals.filter((x) => inPeriod(x.at))) if (!first.has(r.item.victimRef ?? '')) first.set(r.item.victimRef ?? '', r);
    return [...first.values()];
  },
};

/** How to list the figure at `path`; null for a path that is no figure. */
function listerOf(path: string): Lister | null {
  if (LISTERS[path]) return LISTERS[path];
  const form = /^(investigations|prosecutions)\.initiated\.byForm\.(.+)$/.exec(path);
  if (form) {
    const all = LISTERS[`${form[1]}.initiated.total`]!;
    return (c, inPeriod, bounds) => (c.form === form[2] ? all(c, inPeriod, bounds) : []);
  }
  const victims = /^victims\.identified\.by(Sex|AgeGroup|Nationality|Form|IdentifiedBy)\.(.+)$/.exec(path);
  if (victims) return victimsBy(victims[1]![0]!.toLowerCase() + victims[1]!.slice(1), victims[2]!);
  const flag = /^flags\.(.+)$/.exec(path);
  return flag ? flagsOf(flag[1]!) : null;
}

/**
 * What the figure at `path` counted for the period [from, to) (ms), over every case's items, state flags read
 * at `flagsAt`: one item per thing counted (a median lists what it is the median of). Null for an unknown path.
 */
export function figureItems(cases: readonly CaseItems[], path: string, from: number, to: number, flagsAt: number): CountedItem[] | null {
  const lister = listerOf(path);
  if (!lister) return null;
  const inPeriod = (t: number | null | undefined): boolean => t !== null && t !== undefined && t >= from && t < to;
  return cases.flatMap((c) => lister(c, inPeriod, { from, to, flagsAt }).filter((x): x is Counted => x !== null).map((x) => x.item));
}
