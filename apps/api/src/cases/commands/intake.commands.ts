import { CaseCommand, IntroducingPersonCommand } from './command-data';

/** Refer a case: the first event of its stream. */
export class ReferCase extends CaseCommand<'ReferCase'> {}

/** Identify a victim; their personal details, when given, are sealed before they reach the event. */
export class IdentifyVictim extends IntroducingPersonCommand<'IdentifyVictim'> {}

export class ReferVictimToServices extends CaseCommand<'ReferVictimToServices'> {}

/** A service actually provided to a victim (not only a referral). */
export class RecordProtectionService extends CaseCommand<'RecordProtectionService'> {}

export class RecordVictimRepatriation extends CaseCommand<'RecordVictimRepatriation'> {}

export class RecordVictimCooperation extends CaseCommand<'RecordVictimCooperation'> {}
