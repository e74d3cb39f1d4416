import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import type { DataOf } from './command-data';

export class CloseCase extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'CloseCase'>, readonly caller: CaseCaller) {
    super();
  }
}

/** Correct an earlier event: a new EventCorrected; the earlier event is never edited. */
export class CorrectEvent extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'CorrectEvent'>, readonly caller: CaseCaller) {
    super();
  }
}

/** Erase a person's personal data: their data key is destroyed, the events keep only ciphertext. */
export class ErasePersonalData extends Command<CaseCommandAnswer> {
  constructor(readonly subjectRef: string, readonly reason: string, readonly caller: CaseCaller) {
    super();
  }
}

/** Evidence by the SHA-256 of its document; the document is never stored. */
export class AttachEvidence extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'AttachEvidence'>, readonly caller: CaseCaller) {
    super();
  }
}
