import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import { CaseCommand } from './command-data';

export class CloseCase extends CaseCommand<'CloseCase'> {}

/** Correct an earlier event: a new EventCorrected; the earlier event is never edited. */
export class CorrectEvent extends CaseCommand<'CorrectEvent'> {}

/** Erase a person's personal data: their data key is destroyed, the events keep only ciphertext. */
export class ErasePersonalData extends Command<CaseCommandAnswer> {
  constructor(readonly subjectRef: string, readonly reason: string, readonly caller: CaseCaller) {
    super();
  }
}

/** Evidence by the SHA-256 of its document; the document is never stored. */
export class AttachEvidence extends CaseCommand<'AttachEvidence'> {}
