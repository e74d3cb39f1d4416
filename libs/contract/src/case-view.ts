import type { FlagKind } from './flag-kinds';

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

/**
 * A case as `GET /v1/cases/:caseId` shows it (now, or as it stood). Written field by field as the answer is made
 * (personal details are opened into it for the roles that see them), so not readonly.
 */
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

