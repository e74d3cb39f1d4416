import { assertNever } from '../exhaustive';
import type { CaseCommand } from './commands';
import {
  adjournHearing, decideAppeal, deliverVerdict, fileAppeal, imposeSentence, recordAppearance, referForSentence,
  startTrial,
} from './decide/court';
import {
  identifyVictim, recordProtectionService, recordVictimCooperation, recordVictimRepatriation, referCase,
  referVictimToServices,
} from './decide/intake';
import { attachEvidence, correctEvent, erasePersonalData } from './decide/integrity';
import {
  allegeOfficialComplicity, arrestSuspect, closeInvestigation, grantBail, identifySuspect, openInvestigation,
  reconstructDocket, reportDocketMissing, submitDocket,
} from './decide/investigation';
import {
  closeCase, fileCharges, issueSummons, recordDppDecision, recordSummonsService, withdrawCharges,
} from './decide/prosecution';
import type { CaseEvent } from './events';
import { evolve } from './evolve';
import { admit, PENDING_EVENT_ID } from './rules/admit';
import type { CaseState } from './state';

/** What the command asks to record, before any rule is checked. */
function eventsFor(command: CaseCommand, state: CaseState): CaseEvent[] {
  switch (command.type) {
    case 'ReferCase':
      return [referCase(command)];
    case 'IdentifyVictim':
      return [identifyVictim(command)];
    case 'ReferVictimToServices':
      return [referVictimToServices(command)];
    case 'RecordProtectionService':
      return [recordProtectionService(command)];
    case 'RecordVictimRepatriation':
      return [recordVictimRepatriation(command)];
    case 'RecordVictimCooperation':
      return [recordVictimCooperation(command)];
    case 'OpenInvestigation':
      return [openInvestigation(command)];
    case 'CloseInvestigation':
      return [closeInvestigation(command)];
    case 'IdentifySuspect':
      return [identifySuspect(command)];
    case 'AllegeOfficialComplicity':
      return [allegeOfficialComplicity(command)];
    case 'ArrestSuspect':
      return [arrestSuspect(command)];
    case 'GrantBail':
      return [grantBail(command)];
    case 'SubmitDocket':
      return [submitDocket(command)];
    case 'ReportDocketMissing':
      return [reportDocketMissing(command)];
    case 'ReconstructDocket':
      return [reconstructDocket(command)];
    case 'RecordDppDecision':
      return [recordDppDecision(command)];
    case 'FileCharges':
      return [fileCharges(command)];
    case 'IssueSummons':
      return [issueSummons(command)];
    case 'RecordSummonsService':
      return [recordSummonsService(command)];
    case 'RecordAppearance':
      return [recordAppearance(command)];
    case 'StartTrial':
      return [startTrial(command)];
    case 'AdjournHearing':
      return [adjournHearing(command)];
    case 'WithdrawCharges':
      return [withdrawCharges(command)];
    case 'DeliverVerdict':
      return [deliverVerdict(command)];
    case 'ReferForSentence':
      return [referForSentence(command)];
    case 'ImposeSentence':
      return [imposeSentence(command)];
    case 'FileAppeal':
      return [fileAppeal(command)];
    case 'DecideAppeal':
      return [decideAppeal(command)];
    case 'CloseCase':
      return [closeCase(command)];
    case 'CorrectEvent':
      return [correctEvent(command, state)];
    case 'AttachEvidence':
      return [attachEvidence(command)];
    case 'ErasePersonalData':
      return [erasePersonalData(command)];
    default:
      return assertNever(command);
  }
}

/**
 * The events a command records on the case, or a CaseRuleViolation naming the rule it breaks.
 * Pure: time comes from `command.metadata.now`.
 */
export function decide(command: CaseCommand, state: CaseState): CaseEvent[] {
  const events = eventsFor(command, state);
  let current = state;
  for (const event of events) {
    admit(current, event, command.metadata.now);
    current = evolve(current, { eventId: PENDING_EVENT_ID, event });
  }
  return events;
}
