import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiError } from '../../http/api-error';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import type { CaseCommandAnswer } from '../case-caller';
import { CorrectionPolicy } from '../corrections/correction-policy';
import { AttachEvidence, CloseCase, CorrectEvent, ErasePersonalData } from './integrity.commands';
import { plainRequest } from './path/case-command-request';
import { CaseCommands } from './path/case-commands.service';
import { plainCommandHandler } from './path/plain-command-handler';

export const CloseCaseHandler = plainCommandHandler(CloseCase, 'CloseCase');

/** Before the domain sees a correction, the caller's role and the changed fields are checked as the corrected command's. */
@CommandHandler(CorrectEvent)
export class CorrectEventHandler implements ICommandHandler<CorrectEvent, CaseCommandAnswer> {
  constructor(
    private readonly cases: CaseCommands,
    private readonly corrections: CorrectionPolicy,
  ) {}

  async execute({ caseId, data, caller }: CorrectEvent): Promise<CaseCommandAnswer> {
    await this.corrections.check(caller.user, caseId, data.eventId, data.changes);
    return this.cases.execute(plainRequest(caseId, caller, { type: 'CorrectEvent', data }));
  }
}

/** The person's data key is destroyed before the event that says so is stored (with it, on PostgreSQL). */
@CommandHandler(ErasePersonalData)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalData, CaseCommandAnswer> {
  constructor(
    private readonly cases: CaseCommands,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ subjectRef, reason, caller }: ErasePersonalData): Promise<CaseCommandAnswer> {
    const subject = await this.vault.findSubject(subjectRef);
    if (!subject) throw new ApiError(404, 'SUBJECT_NOT_FOUND', `no person has the reference ${subjectRef}`);
    return this.cases.execute({
      caseId: subject.caseId,
      caller,
      prepare: () => ({
        intent: { type: 'ErasePersonalData', data: { subjectRef, reason } },
        writes: [{ when: 'before', write: (client) => this.vault.destroyKey(client, subjectRef) }],
      }),
    });
  }
}

export const AttachEvidenceHandler = plainCommandHandler(
  AttachEvidence, 'AttachEvidence', ({ evidenceRef }) => ({ evidenceRef }),
);

export const INTEGRITY_HANDLERS = [
  CloseCaseHandler, CorrectEventHandler, ErasePersonalDataHandler, AttachEvidenceHandler,
];
