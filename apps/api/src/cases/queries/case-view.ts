import { summonsStatusAt, type CaseState } from '@casetrail/domain';
import type { FlagKind } from '@casetrail/reporting';

export interface PersonView {
  subjectRef: string | null;
  /** Opened only for roles that need it; null when erased or withheld. */
  personal?: Record<string, string> | null;
}

export interface AccusedView extends PersonView {
  suspectRef: string;
  status: string;
  sex: string;
  nationality: string;
  isGovernmentOfficial: boolean;
  officialAgency: string | null;
}

export interface VictimView extends PersonView {
  victimRef: string;
  sex: string;
  ageGroup: string;
  nationality: string;
  form: string;
  identifiedBy: string;
}

export interface SummonsView {
  summonsRef: string;
  suspectRef: string;
  court: string;
  issuedAt: string;
  returnDate: string;
  /** issued | served | failed | overdue (the domain's `summonsStatusAt`). */
  status: string;
}

export interface CaseView {
  caseId: string;
  stage: string;
  form: string;
  district: string;
  source: string;
  accused: AccusedView[];
  victims: VictimView[];
  summonses: SummonsView[];
  appeals: { appealRef: string; suspectRef: string; appellant: string; status: string; outcome: string | null }[];
  /** The kinds of red flag open at the moment shown, for the roles that read flags; absent for the others. */
  openFlags?: FlagKind[];
  version: number;
}

/** The case as the contract shows it, at `at` (for whether a summons is overdue). */
export function toCaseView(state: CaseState, version: number, at: string): CaseView {
  if (state.status === 'not_referred') throw new Error('no case to show');
  return {
    caseId: state.caseId,
    stage: state.stage,
    form: state.form,
    district: state.district,
    source: state.source,
    accused: Object.values(state.accused).map((a) => ({
      suspectRef: a.suspectRef,
      status: a.status,
      sex: a.sex,
      nationality: a.nationality,
      isGovernmentOfficial: a.isGovernmentOfficial,
      officialAgency: a.officialAgency,
      subjectRef: a.subjectRef,
    })),
    victims: Object.values(state.victims).map((v) => ({
      victimRef: v.victimRef,
      sex: v.sex,
      ageGroup: v.ageGroup,
      nationality: v.nationality,
      form: v.form,
      identifiedBy: v.identifiedBy,
      subjectRef: v.subjectRef,
    })),
    summonses: Object.values(state.summonses).map((s) => ({
      summonsRef: s.summonsRef,
      suspectRef: s.suspectRef,
      court: s.court,
      issuedAt: s.issuedAt,
      returnDate: s.returnDate,
      status: summonsStatusAt(s, at),
    })),
    appeals: Object.values(state.appeals).map((a) => ({
      appealRef: a.appealRef,
      suspectRef: a.suspectRef,
      appellant: a.appellant,
      status: a.status,
      outcome: a.outcome,
    })),
    version,
  };
}
