import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import { CaseCommand, type DataOf, type PersonalDetails } from './command-data';

/** Refer a case: the first event of its stream. */
export class ReferCase extends CaseCommand<'ReferCase'> {}

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

export class ReferVictimToServices extends CaseCommand<'ReferVictimToServices'> {}

/** A service actually provided to a victim (not only a referral). */
export class RecordProtectionService extends CaseCommand<'RecordProtectionService'> {}

export class RecordVictimRepatriation extends CaseCommand<'RecordVictimRepatriation'> {}

export class RecordVictimCooperation extends CaseCommand<'RecordVictimCooperation'> {}
