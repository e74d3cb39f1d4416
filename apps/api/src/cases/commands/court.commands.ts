import { CaseCommand } from './command-data';

export class StartTrial extends CaseCommand<'StartTrial'> {}

export class DeliverVerdict extends CaseCommand<'DeliverVerdict'> {}

export class ImposeSentence extends CaseCommand<'ImposeSentence'> {}

export class FileAppeal extends CaseCommand<'FileAppeal'> {}

export class DecideAppeal extends CaseCommand<'DecideAppeal'> {}

export class RecordAppearance extends CaseCommand<'RecordAppearance'> {}

export class AdjournHearing extends CaseCommand<'AdjournHearing'> {}

/** A magistrate court refers a conviction to the High Court for sentence. */
export class ReferForSentence extends CaseCommand<'ReferForSentence'> {}
