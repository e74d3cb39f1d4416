import type { CaseView } from '@casetrail/contract';
import { summonsStatusAt, type CaseState } from '@casetrail/domain';

export type { CaseView } from '@casetrail/contract';

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
