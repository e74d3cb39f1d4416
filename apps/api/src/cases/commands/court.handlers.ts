import {
  AdjournHearing, DecideAppeal, DeliverVerdict, FileAppeal, ImposeSentence, RecordAppearance, ReferForSentence,
  StartTrial,
} from './court.commands';
import { plainCommandHandler } from './path/plain-command-handler';

export const StartTrialHandler = plainCommandHandler(StartTrial, 'StartTrial');
export const DeliverVerdictHandler = plainCommandHandler(DeliverVerdict, 'DeliverVerdict');
export const ImposeSentenceHandler = plainCommandHandler(ImposeSentence, 'ImposeSentence');
export const FileAppealHandler = plainCommandHandler(FileAppeal, 'FileAppeal', ({ appealRef }) => ({ appealRef }));
export const DecideAppealHandler = plainCommandHandler(DecideAppeal, 'DecideAppeal');
export const RecordAppearanceHandler = plainCommandHandler(RecordAppearance, 'RecordAppearance');
export const AdjournHearingHandler = plainCommandHandler(AdjournHearing, 'AdjournHearing');
export const ReferForSentenceHandler = plainCommandHandler(ReferForSentence, 'ReferForSentence');

export const COURT_HANDLERS = [
  StartTrialHandler, DeliverVerdictHandler, ImposeSentenceHandler, FileAppealHandler, DecideAppealHandler,
  RecordAppearanceHandler, AdjournHearingHandler, ReferForSentenceHandler,
];
