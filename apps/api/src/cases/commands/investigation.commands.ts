import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import type { DataOf, PersonalDetails } from './command-data';

export class OpenInvestigation extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'OpenInvestigation'>, readonly caller: CaseCaller) {
    super();
  }
}

export class CloseInvestigation extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'CloseInvestigation'>, readonly caller: CaseCaller) {
    super();
  }
}

/** Identify a suspect; their personal details, when given, are sealed before they reach the event. */
export class IdentifySuspect extends Command<CaseCommandAnswer> {
  constructor(
    readonly caseId: string,
    readonly data: Omit<DataOf<'IdentifySuspect'>, 'personal' | 'subjectRef'>,
    readonly personal: PersonalDetails | null,
    readonly caller: CaseCaller,
  ) {
    super();
  }
}

export class ArrestSuspect extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ArrestSuspect'>, readonly caller: CaseCaller) {
    super();
  }
}

/** Submit the docket to the DPP. */
export class SubmitDocket extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'SubmitDocket'>, readonly caller: CaseCaller) {
    super();
  }
}

/** An official's complicity alleged against a suspect. */
export class AllegeOfficialComplicity extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'AllegeOfficialComplicity'>, readonly caller: CaseCaller) {
    super();
  }
}

export class GrantBail extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'GrantBail'>, readonly caller: CaseCaller) {
    super();
  }
}

export class ReportDocketMissing extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ReportDocketMissing'>, readonly caller: CaseCaller) {
    super();
  }
}

export class ReconstructDocket extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ReconstructDocket'>, readonly caller: CaseCaller) {
    super();
  }
}
