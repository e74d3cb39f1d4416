import type {
  BailGrantedData, DocketReconstructedData, DocketReportedMissingData, DocketSubmittedToDppData,
  InvestigationClosedData, InvestigationOpenedData, OfficialComplicityAllegedData, SuspectArrestedData,
  SuspectIdentifiedData,
} from '../events';
import type { ExistingCase } from '../state';
import { advance, updateAccused, withEntry } from './records';

export function investigationOpened(state: ExistingCase, data: InvestigationOpenedData): ExistingCase {
  const reopensStage = state.stage === 'referred' || state.stage === 'declined';
  return {
    ...state,
    stage: reopensStage ? 'under_investigation' : state.stage,
    investigation: {
      ...state.investigation,
      status: 'open',
      openedAt: data.occurredAt,
      unit: data.unit,
      leadOfficer: data.leadOfficer,
    },
  };
}

export function investigationClosed(state: ExistingCase, data: InvestigationClosedData): ExistingCase {
  return { ...state, investigation: { ...state.investigation, status: 'closed', closedAt: data.occurredAt } };
}

export function suspectIdentified(state: ExistingCase, data: SuspectIdentifiedData): ExistingCase {
  return {
    ...state,
    accused: withEntry(state.accused, data.suspectRef, {
      suspectRef: data.suspectRef,
      status: 'identified',
      identifiedAt: data.occurredAt,
      sex: data.sex,
      nationality: data.nationality,
      isGovernmentOfficial: data.isGovernmentOfficial,
      officialAgency: data.officialAgency,
      subjectRef: data.subjectRef,
      complicityAllegedAt: null,
      arrestedAt: null,
      bailGrantedAt: null,
      chargedAt: null,
      charges: [],
      firstSummonedAt: null,
      firstAppearedAt: null,
      trialStartedAt: null,
      verdict: null,
      withdrawnAt: null,
      referredForSentenceAt: null,
      sentence: null,
    }),
  };
}

/** An alleged complicit official counts as a government official from then on. */
export function officialComplicityAlleged(state: ExistingCase, data: OfficialComplicityAllegedData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    isGovernmentOfficial: true,
    officialAgency: data.agency,
    complicityAllegedAt: a.complicityAllegedAt ?? data.occurredAt,
  }));
}

export function suspectArrested(state: ExistingCase, data: SuspectArrestedData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'arrested'),
    arrestedAt: data.occurredAt,
  }));
}

export function bailGranted(state: ExistingCase, data: BailGrantedData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'on_bail'),
    bailGrantedAt: data.occurredAt,
  }));
}

export function docketSubmittedToDpp(state: ExistingCase, data: DocketSubmittedToDppData): ExistingCase {
  return {
    ...state,
    stage: 'with_dpp',
    docket: {
      ...state.docket,
      submittedAt: data.occurredAt,
      submissions: state.docket.submissions + 1,
      decision: null,
      decidedAt: null,
      forum: null,
    },
  };
}

export function docketReportedMissing(state: ExistingCase, data: DocketReportedMissingData): ExistingCase {
  return {
    ...state,
    docket: { ...state.docket, missingSince: data.occurredAt, reportedMissing: state.docket.reportedMissing + 1 },
  };
}

export function docketReconstructed(state: ExistingCase, data: DocketReconstructedData): ExistingCase {
  return { ...state, docket: { ...state.docket, missingSince: null, reconstructedAt: data.occurredAt } };
}
