import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import type { DataOf } from './command-data';

export class StartTrial extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'StartTrial'>, readonly caller: CaseCaller) {
    super();
  }
}

export class DeliverVerdict extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'DeliverVerdict'>, readonly caller: CaseCaller) {
    super();
  }
}

export class ImposeSentence extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ImposeSentence'>, readonly caller: CaseCaller) {
    super();
  }
}

export class FileAppeal extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'FileAppeal'>, readonly caller: CaseCaller) {
    super();
  }
}

export class DecideAppeal extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'DecideAppeal'>, readonly caller: CaseCaller) {
    super();
  }
}

export class RecordAppearance extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'RecordAppearance'>, readonly caller: CaseCaller) {
    super();
  }
}

export class AdjournHearing extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'AdjournHearing'>, readonly caller: CaseCaller) {
    super();
  }
}

/** A magistrate court refers a conviction to the High Court for sentence. */
export class ReferForSentence extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'ReferForSentence'>, readonly caller: CaseCaller) {
    super();
  }
}
