import type { CaseCommandType } from './commands';
import type { CaseEventType } from './events';

/**
 * The command that records each event type. A correction of an event is for whoever may issue
 * that command.
 */
export const RECORDED_BY: Readonly<Record<CaseEventType, CaseCommandType>> = {
  CaseReferred: 'ReferCase',
  VictimIdentified: 'IdentifyVictim',
  VictimReferredToServices: 'ReferVictimToServices',
  ProtectionServiceProvided: 'RecordProtectionService',
  VictimRepatriated: 'RecordVictimRepatriation',
  VictimCooperationRecorded: 'RecordVictimCooperation',
  InvestigationOpened: 'OpenInvestigation',
  SuspectIdentified: 'IdentifySuspect',
  OfficialComplicityAlleged: 'AllegeOfficialComplicity',
  SuspectArrested: 'ArrestSuspect',
  BailGranted: 'GrantBail',
  DocketSubmittedToDpp: 'SubmitDocket',
  DocketReportedMissing: 'ReportDocketMissing',
  DocketReconstructed: 'ReconstructDocket',
  InvestigationClosed: 'CloseInvestigation',
  DppDecisionRecorded: 'RecordDppDecision',
  ChargesFiled: 'FileCharges',
  SummonsIssued: 'IssueSummons',
  SummonsServed: 'RecordSummonsService',
  SummonsServiceFailed: 'RecordSummonsService',
  AccusedAppeared: 'RecordAppearance',
  TrialStarted: 'StartTrial',
  HearingAdjourned: 'AdjournHearing',
  ChargesWithdrawn: 'WithdrawCharges',
  VerdictDelivered: 'DeliverVerdict',
  ReferredToHighCourtForSentence: 'ReferForSentence',
  SentenceImposed: 'ImposeSentence',
  AppealFiled: 'FileAppeal',
  AppealDecided: 'DecideAppeal',
  CaseClosed: 'CloseCase',
  EventCorrected: 'CorrectEvent',
  EvidenceAttached: 'AttachEvidence',
  PersonalDataErased: 'ErasePersonalData',
};
