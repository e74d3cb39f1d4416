import type { CaseFacts } from './case-facts';
import { lesothoDaysBetween as daysBetween } from '@casetrail/domain';
import { flagFigures, type FlagFigures } from './flag-figures';
import { median } from './median';
import { victimCounts, victimRecords } from './victim-records';

/** The evidence of government action for one reporting period (the contract's figures). */
export interface GovernmentActionFigures {
  investigations: { initiated: { total: number; byForm: Record<string, number> }; continued: number; closed: number };
  /** By accused (UNODC counts persons), and by case (`cases`, `continuedCases`: the TIP report counts cases). */
  prosecutions: {
    initiated: { total: number; cases: number; byForm: Record<string, number> };
    continued: number;
    continuedCases: number;
  };
  convictions: { total: number; antiTraffickingAct: number; otherLaw: number };
  acquittals: number;
  withdrawals: number;
  sentences: { total: number; prisonAtLeast12Months: number; suspendedOnly: number; fineOnly: number; fineInLieuOfPrison: number };
  summonses: { issued: number; served: number; failed: number; outstandingAtEnd: number; medianDaysToService: number | null };
  dpp: { casesPendingAtEnd: number; medianDaysPending: number | null };
  /** A missing docket stays before the DPP: it is still counted in `dpp.casesPendingAtEnd`. */
  dockets: { reportedMissing: number; reconstructed: number; missingAtEnd: number };
  flags: FlagFigures;
  officials: { investigated: number; prosecuted: number; convicted: number };
  victims: {
    identified: {
      total: number | null;
      bySex: Record<string, number | null>;
      byAgeGroup: Record<string, number | null>;
      byNationality: Record<string, number | null>;
      byForm: Record<string, number | null>;
      byIdentifiedBy: Record<string, number | null>;
    };
    referredToServices: number | null;
  };
}

const tally = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Figures for the half-open interval [from, to) (ms since the epoch) over every case's facts; state
 * flags are read at the moment `flagsAt` (default: the period's last millisecond).
 */
export function governmentActionFigures(cases: readonly CaseFacts[], from: number, to: number, flagsAt = to - 1): GovernmentActionFigures {
  const inPeriod = (t: number | null | undefined): t is number => t !== null && t !== undefined && t >= from && t < to;
  const f: GovernmentActionFigures = {
    investigations: { initiated: { total: 0, byForm: {} }, continued: 0, closed: 0 },
    prosecutions: { initiated: { total: 0, cases: 0, byForm: {} }, continued: 0, continuedCases: 0 },
    convictions: { total: 0, antiTraffickingAct: 0, otherLaw: 0 },
    acquittals: 0,
    withdrawals: 0,
    sentences: { total: 0, prisonAtLeast12Months: 0, suspendedOnly: 0, fineOnly: 0, fineInLieuOfPrison: 0 },
    summonses: { issued: 0, served: 0, failed: 0, outstandingAtEnd: 0, medianDaysToService: null },
    dpp: { casesPendingAtEnd: 0, medianDaysPending: null },
    dockets: { reportedMissing: 0, reconstructed: 0, missingAtEnd: 0 },
    flags: flagFigures(cases.flatMap((c) => c.flags), from, to, flagsAt),
    officials: { investigated: 0, prosecuted: 0, convicted: 0 },
    victims: victimCounts(victimRecords(cases, from, to)),
  };
  const daysToService: number[] = [];
  const daysPending: number[] = [];

  for (const c of cases) {
    for (const spell of c.investigations) {
      if (inPeriod(spell.openedAt)) {
        f.investigations.initiated.total++;
        tally(f.investigations.initiated.byForm, c.form);
      } else if (spell.openedAt < from && (spell.endedAt === null || spell.endedAt >= from)) {
        f.investigations.continued++;
      }
    }
    f.investigations.closed += c.investigationsClosedAt.filter(inPeriod).length;

    let initiatedInCase = false;
    let continuedInCase = false;
    for (const accused of c.accused.values()) {
      const ended = Math.min(accused.verdict?.at ?? Infinity, accused.withdrawnAt ?? Infinity);
      if (inPeriod(accused.firstChargedAt)) {
        f.prosecutions.initiated.total++;
        initiatedInCase = true;
        tally(f.prosecutions.initiated.byForm, c.form);
        if (accused.official) f.officials.prosecuted++;
      } else if (accused.firstChargedAt !== null && accused.firstChargedAt < from && ended >= from) {
        f.prosecutions.continued++;
        continuedInCase = true;
      }
      if (accused.verdict && inPeriod(accused.verdict.at)) {
        if (accused.verdict.outcome === 'convicted') {
          f.convictions.total++;
          if (accused.verdict.statute === 'anti_trafficking_act') f.convictions.antiTraffickingAct++;
          else f.convictions.otherLaw++;
          if (accused.official) f.officials.convicted++;
        } else {
          f.acquittals++;
        }
      }
      if (inPeriod(accused.withdrawnAt)) f.withdrawals++;
      if (accused.official && inPeriod(accused.identifiedAt)) f.officials.investigated++;
    }
    if (initiatedInCase) f.prosecutions.initiated.cases++;
    if (continuedInCase) f.prosecutions.continuedCases++;
    f.dockets.reportedMissing += c.docketsReportedMissingAt.filter(inPeriod).length;
    f.dockets.reconstructed += c.docketsReconstructedAt.filter(inPeriod).length;

    for (const s of c.sentences.filter((s) => inPeriod(s.at))) {
      f.sentences.total++;
      if (s.imprisonmentMonths - s.suspendedMonths >= 12 && !s.fineInLieuOfPrison) f.sentences.prisonAtLeast12Months++;
      if (s.imprisonmentMonths > 0 && s.suspendedMonths >= s.imprisonmentMonths) f.sentences.suspendedOnly++;
      if (s.imprisonmentMonths === 0 && (s.fine ?? 0) > 0 && !s.fineInLieuOfPrison) f.sentences.fineOnly++;
      if (s.fineInLieuOfPrison) f.sentences.fineInLieuOfPrison++;
    }

    for (const summons of c.summonses.values()) {
      if (inPeriod(summons.issuedAt)) f.summonses.issued++;
      f.summonses.failed += summons.failedAt.filter(inPeriod).length;
      if (inPeriod(summons.servedAt)) {
        f.summonses.served++;
        daysToService.push(daysBetween(summons.issuedAt, summons.servedAt));
      }
      if (summons.issuedAt < to && (summons.servedAt === null || summons.servedAt >= to)) f.summonses.outstandingAtEnd++;
    }

    for (const docket of c.dockets) {
      if (docket.submittedAt < to && (docket.decidedAt === null || docket.decidedAt >= to)) {
        f.dpp.casesPendingAtEnd++;
        daysPending.push(daysBetween(docket.submittedAt, to));
      }
    }
  }
  f.dockets.missingAtEnd = f.flags.docket_missing ?? 0;
  f.summonses.medianDaysToService = median(daysToService);
  f.dpp.medianDaysPending = median(daysPending);
  return f;
}
