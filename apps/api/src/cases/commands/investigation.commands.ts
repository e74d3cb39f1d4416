import { CaseCommand, IntroducingPersonCommand } from './command-data';

export class OpenInvestigation extends CaseCommand<'OpenInvestigation'> {}

export class CloseInvestigation extends CaseCommand<'CloseInvestigation'> {}

/** Identify a suspect; their personal details, when given, are sealed before they reach the event. */
export class IdentifySuspect extends IntroducingPersonCommand<'IdentifySuspect'> {}

export class ArrestSuspect extends CaseCommand<'ArrestSuspect'> {}

/** Submit the docket to the DPP. */
export class SubmitDocket extends CaseCommand<'SubmitDocket'> {}

/** An official's complicity alleged against a suspect. */
export class AllegeOfficialComplicity extends CaseCommand<'AllegeOfficialComplicity'> {}

export class GrantBail extends CaseCommand<'GrantBail'> {}

export class ReportDocketMissing extends CaseCommand<'ReportDocketMissing'> {}

export class ReconstructDocket extends CaseCommand<'ReconstructDocket'> {}
