import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseCommandAnswer } from '../case-caller';
import {
  AdjournHearing, DecideAppeal, DeliverVerdict, FileAppeal, ImposeSentence, RecordAppearance, ReferForSentence,
  StartTrial,
} from './court.commands';
import { plainRequest } from './path/case-command-request';
import { CaseCommands } from './path/case-commands.service';
import { plainCommandHandler } from './path/plain-command-handler';

@CommandHandler(StartTrial)
export class StartTrialHandler implements ICommandHandler<StartTrial, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: StartTrial): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'StartTrial', data }));
  }
}

@CommandHandler(DeliverVerdict)
export class DeliverVerdictHandler implements ICommandHandler<DeliverVerdict, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: DeliverVerdict): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'DeliverVerdict', data }));
  }
}

@CommandHandler(ImposeSentence)
export class ImposeSentenceHandler implements ICommandHandler<ImposeSentence, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: ImposeSentence): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'ImposeSentence', data }));
  }
}

@CommandHandler(FileAppeal)
export class FileAppealHandler implements ICommandHandler<FileAppeal, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: FileAppeal): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'FileAppeal', data }, { appealRef: data.appealRef }));
  }
}

@CommandHandler(DecideAppeal)
export class DecideAppealHandler implements ICommandHandler<DecideAppeal, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: DecideAppeal): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'DecideAppeal', data }));
  }
}

export const RecordAppearanceHandler = plainCommandHandler(RecordAppearance, 'RecordAppearance');
export const AdjournHearingHandler = plainCommandHandler(AdjournHearing, 'AdjournHearing');
export const ReferForSentenceHandler = plainCommandHandler(ReferForSentence, 'ReferForSentence');

export const COURT_HANDLERS = [
  StartTrialHandler, DeliverVerdictHandler, ImposeSentenceHandler, FileAppealHandler, DecideAppealHandler,
  RecordAppearanceHandler, AdjournHearingHandler, ReferForSentenceHandler,
];
