import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import type { DataOf, PersonalDetails } from './command-data';

/** Refer a case: the first event of its stream. */
export class ReferCase extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ReferCase'>, readonly caller: CaseCaller) {
    super();
  }
}

/** Identify a victim; their personal details, when given, are sealed before they reach the event. */
export class IdentifyVictim extends Command<CaseCommandAnswer> {
  constructor(
    readonly caseId: string,
    readonly data: Omit<DataOf<'IdentifyVictim'>, 'personal' | 'subjectRef'>,
    readonly personal: PersonalDetails | null,
    readonly caller: CaseCaller,
  ) {
    super();
  }
}

export class ReferVictimToServices extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ReferVictimToServices'>, readonly caller: CaseCaller) {
    super();
  }
}

/** A service actually provided to a victim (not only a referral). */
export class RecordProtectionService extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'RecordProtectionService'>, readonly caller: CaseCaller) {
    super();
  }
}

export class RecordVictimRepatriation extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'RecordVictimRepatriation'>, readonly caller: CaseCaller) {
    super();
  }
}

export class RecordVictimCooperation extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'RecordVictimCooperation'>, readonly caller: CaseCaller) {
    super();
  }
}
