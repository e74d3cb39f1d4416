/** Ready-made events and commands for the case decider's specifications. */
import type { CaseCommandOf, CaseCommandType } from '../case/commands';
import type { CaseEventDataOf, CaseEventOf, CaseEventType } from '../case/events';

export const CASE_ID = 'case-1';
export const V1 = 'victim-1';
export const S1 = 'suspect-1';
export const S2 = 'suspect-2';
export const SUM1 = 'summons-1';
export const A1 = 'appeal-1';
export const HASH = 'ab'.repeat(32);

const pad = (n: number): string => String(n).padStart(2, '0');

/** Day n of the story (1 = 2021-11-01, 31 = 2021-12-01), as a Lesotho date. */
export function date(n: number): string {
  return n <= 30 ? `2021-11-${pad(n)}` : `2021-12-${pad(n - 30)}`;
}

/** Day n of the story at the given Lesotho hour. */
export function day(n: number, hour = 10): string {
  return `${date(n)}T${pad(hour)}:00:00+02:00`;
}

/** The server time of every command unless a test says otherwise. */
export const NOW = '2021-12-31T12:00:00+02:00';

/** A command of the given type at server time `now`. */
export function command<T extends CaseCommandType>(
  type: T,
  data: CaseCommandOf<T>['data'],
  now: string = NOW,
): CaseCommandOf<T> {
  return { type, data, metadata: { now } } as CaseCommandOf<T>;
}

/** An event of the given type. */
export function event<T extends CaseEventType>(type: T, data: CaseEventDataOf<T>): CaseEventOf<T> {
  return { type, data } as CaseEventOf<T>;
}

type Overrides<T extends CaseEventType> = Partial<CaseEventDataOf<T>>;

/** Events with plausible defaults along one timeline (day 1 referral ... day 40 appeal decided). */
export const ev = {
  caseReferred: (o: Overrides<'CaseReferred'> = {}) =>
    event('CaseReferred', {
      caseId: CASE_ID,
      occurredAt: day(1),
      source: 'labour_inspection',
      district: 'maseru',
      form: 'labour',
      summary: null,
      ...o,
    }),
  victimIdentified: (o: Overrides<'VictimIdentified'> = {}) =>
    event('VictimIdentified', {
      victimRef: V1,
      occurredAt: day(2),
      sex: 'female',
      ageGroup: 'adult',
      nationality: 'LS',
      form: 'labour',
      identifiedBy: 'government',
      subjectRef: null,
      personal: null,
      ...o,
    }),
  victimReferredToServices: (o: Overrides<'VictimReferredToServices'> = {}) =>
    event('VictimReferredToServices', {
      victimRef: V1,
      occurredAt: day(3),
      service: 'shelter',
      provider: 'Beautiful Dream Society',
      governmentFunded: false,
      ...o,
    }),
  victimRepatriated: (o: Overrides<'VictimRepatriated'> = {}) =>
    event('VictimRepatriated', { victimRef: V1, occurredAt: day(22), destination: 'ZA', governmentFunded: true, ...o }),
  victimCooperation: (o: Overrides<'VictimCooperationRecorded'> = {}) =>
    event('VictimCooperationRecorded', { victimRef: V1, occurredAt: day(21), cooperation: 'testified', note: null, ...o }),
  complicityAlleged: (o: Overrides<'OfficialComplicityAlleged'> = {}) =>
    event('OfficialComplicityAlleged', { suspectRef: S1, occurredAt: day(5), agency: 'LMPS', summary: null, ...o }),
  hearingAdjourned: (o: Overrides<'HearingAdjourned'> = {}) =>
    event('HearingAdjourned', { suspectRef: S1, occurredAt: day(17), reason: 'prosecutor absent', adjournedTo: null, ...o }),
  investigationOpened: (o: Overrides<'InvestigationOpened'> = {}) =>
    event('InvestigationOpened', { occurredAt: day(3), unit: 'LMPS Anti-Trafficking Unit', leadOfficer: null, ...o }),
  investigationClosed: (o: Overrides<'InvestigationClosed'> = {}) =>
    event('InvestigationClosed', { occurredAt: day(9), reason: 'no evidence', ...o }),
  suspectIdentified: (o: Overrides<'SuspectIdentified'> = {}) =>
    event('SuspectIdentified', {
      suspectRef: S1,
      occurredAt: day(4),
      sex: 'male',
      nationality: 'CN',
      isGovernmentOfficial: false,
      officialAgency: null,
      subjectRef: null,
      personal: null,
      ...o,
    }),
  suspectArrested: (o: Overrides<'SuspectArrested'> = {}) =>
    event('SuspectArrested', { suspectRef: S1, occurredAt: day(5), ...o }),
  bailGranted: (o: Overrides<'BailGranted'> = {}) =>
    event('BailGranted', { suspectRef: S1, occurredAt: day(6), amount: 2000, conditions: null, ...o }),
  docketSubmitted: (o: Overrides<'DocketSubmittedToDpp'> = {}) =>
    event('DocketSubmittedToDpp', { occurredAt: day(8), ...o }),
  docketReportedMissing: (o: Overrides<'DocketReportedMissing'> = {}) =>
    event('DocketReportedMissing', { occurredAt: day(7), note: null, ...o }),
  docketReconstructed: (o: Overrides<'DocketReconstructed'> = {}) =>
    event('DocketReconstructed', { occurredAt: day(8), note: null, ...o }),
  dppDecided: (o: Overrides<'DppDecisionRecorded'> = {}) =>
    event('DppDecisionRecorded', { occurredAt: day(10), decision: 'prosecute', forum: 'magistrate', ...o }),
  chargesFiled: (o: Overrides<'ChargesFiled'> = {}) =>
    event('ChargesFiled', { suspectRef: S1, occurredAt: day(12), statute: 'anti_trafficking_act', counts: 2, ...o }),
  summonsIssued: (o: Overrides<'SummonsIssued'> = {}) =>
    event('SummonsIssued', {
      summonsRef: SUM1,
      suspectRef: S1,
      occurredAt: day(13),
      court: 'Maseru Magistrate Court',
      returnDate: date(30),
      ...o,
    }),
  summonsServed: (o: Overrides<'SummonsServed'> = {}) =>
    event('SummonsServed', { summonsRef: SUM1, occurredAt: day(15), note: null, ...o }),
  summonsServiceFailed: (o: Overrides<'SummonsServiceFailed'> = {}) =>
    event('SummonsServiceFailed', { summonsRef: SUM1, occurredAt: day(14), note: 'not at home', ...o }),
  accusedAppeared: (o: Overrides<'AccusedAppeared'> = {}) =>
    event('AccusedAppeared', { suspectRef: S1, occurredAt: day(16), court: null, ...o }),
  trialStarted: (o: Overrides<'TrialStarted'> = {}) =>
    event('TrialStarted', { suspectRef: S1, occurredAt: day(20), ...o }),
  chargesWithdrawn: (o: Overrides<'ChargesWithdrawn'> = {}) =>
    event('ChargesWithdrawn', { suspectRef: S1, occurredAt: day(21), reason: 'witness unavailable', ...o }),
  verdictDelivered: (o: Overrides<'VerdictDelivered'> = {}) =>
    event('VerdictDelivered', {
      suspectRef: S1,
      occurredAt: day(25),
      outcome: 'convicted',
      statute: 'anti_trafficking_act',
      guiltyPlea: false,
      ...o,
    }),
  referredForSentence: (o: Overrides<'ReferredToHighCourtForSentence'> = {}) =>
    event('ReferredToHighCourtForSentence', { suspectRef: S1, occurredAt: day(26), ...o }),
  sentenceImposed: (o: Overrides<'SentenceImposed'> = {}) =>
    event('SentenceImposed', {
      suspectRef: S1,
      occurredAt: day(28),
      imprisonmentMonths: 120,
      suspendedMonths: 0,
      fine: null,
      fineInLieuOfPrison: false,
      ...o,
    }),
  appealFiled: (o: Overrides<'AppealFiled'> = {}) =>
    event('AppealFiled', { appealRef: A1, suspectRef: S1, occurredAt: day(35), appellant: 'crown', ...o }),
  appealDecided: (o: Overrides<'AppealDecided'> = {}) =>
    event('AppealDecided', { appealRef: A1, occurredAt: day(40), outcome: 'abandoned', ...o }),
  caseClosed: (o: Overrides<'CaseClosed'> = {}) =>
    event('CaseClosed', { occurredAt: day(45), reason: 'proceedings concluded', ...o }),
  /** A correction recorded at server time `occurredAt` (NOW by default). */
  correction: (
    correctedEventId: string,
    correctedType: CaseEventType,
    changes: Readonly<Record<string, unknown>>,
    reason = 'correction',
    occurredAt = NOW,
  ) => event('EventCorrected', { correctedEventId, correctedType, changes, reason, occurredAt }),
  evidenceAttached: (o: Overrides<'EvidenceAttached'> = {}) =>
    event('EvidenceAttached', {
      evidenceRef: 'evidence-1',
      sha256: HASH,
      description: 'charge sheet',
      occurredAt: day(12),
      mediaType: null,
      custodian: null,
      ...o,
    }),
  personalDataErased: (o: Overrides<'PersonalDataErased'> = {}) =>
    event('PersonalDataErased', { subjectRef: 'subject-v1', reason: 'data subject request', occurredAt: NOW, ...o }),
};

/** Histories at the usual milestones, each extending the one before. */
export const referred = [ev.caseReferred()];
export const investigating = [...referred, ev.investigationOpened(), ev.suspectIdentified()];
export const withDpp = [...investigating, ev.docketSubmitted()];
export const prosecuting = [...withDpp, ev.dppDecided()];
export const charged = [...prosecuting, ev.chargesFiled()];
export const summoned = [...charged, ev.summonsIssued()];
export const onTrial = [...charged, ev.trialStarted()];
export const convicted = [...onTrial, ev.verdictDelivered()];
export const sentenced = [...convicted, ev.sentenceImposed()];
