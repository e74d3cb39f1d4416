import { latestOf } from '../../time';
import type {
  BailGrantedData, DocketReconstructedData, DocketSubmittedToDppData, InvestigationClosedData,
  InvestigationOpenedData, OfficialComplicityAllegedData, SuspectArrestedData, SuspectIdentifiedData,
} from '../events';
import { refuse } from '../refusals';
import { entryOf, type ExistingCase } from '../state';
import { notBefore, requireAccused, requireSubjectForPersonal } from './support';

export function admitInvestigationOpened(state: ExistingCase, data: InvestigationOpenedData): void {
  if (state.investigation.status === 'open') refuse('INVESTIGATION_ALREADY_OPEN', 'the investigation is already open');
  notBefore(data.occurredAt, state.investigation.closedAt, "the investigation's last closure");
}

export function admitInvestigationClosed(state: ExistingCase, data: InvestigationClosedData): void {
  if (state.investigation.status !== 'open') {
    refuse('INVESTIGATION_NOT_OPEN', `the investigation is ${state.investigation.status}, not open`);
  }
  notBefore(data.occurredAt, state.investigation.openedAt, 'the opening of the investigation');
}

export function admitSuspectIdentified(state: ExistingCase, data: SuspectIdentifiedData): void {
  if (entryOf(state.accused, data.suspectRef) !== undefined) {
    refuse('SUSPECT_ALREADY_IDENTIFIED', `suspect ${data.suspectRef} was already identified`);
  }
  requireSubjectForPersonal(data);
}

export function admitOfficialComplicityAlleged(state: ExistingCase, data: OfficialComplicityAllegedData): void {
  const accused = requireAccused(state, data.suspectRef);
  notBefore(data.occurredAt, accused.identifiedAt, `the identification of ${data.suspectRef}`);
}

export function admitSuspectArrested(state: ExistingCase, data: SuspectArrestedData): void {
  const accused = requireAccused(state, data.suspectRef);
  if (accused.arrestedAt !== null) refuse('SUSPECT_ALREADY_ARRESTED', `${data.suspectRef} was already arrested`);
  notBefore(data.occurredAt, accused.identifiedAt, `the identification of ${data.suspectRef}`);
}

export function admitBailGranted(state: ExistingCase, data: BailGrantedData): void {
  const accused = requireAccused(state, data.suspectRef);
  if (accused.arrestedAt === null) refuse('SUSPECT_NOT_ARRESTED', `${data.suspectRef} was never arrested`);
  notBefore(data.occurredAt, accused.arrestedAt, `the arrest of ${data.suspectRef}`);
}

export function admitDocketSubmittedToDpp(state: ExistingCase, data: DocketSubmittedToDppData): void {
  const docket = state.docket;
  if (docket.submittedAt !== null && (docket.decision === null || docket.decision === 'prosecute')) {
    refuse('DOCKET_ALREADY_WITH_DPP', `the docket is already before the DPP (since ${docket.submittedAt})`);
  }
  if (state.investigation.status !== 'open') {
    refuse('INVESTIGATION_NOT_OPEN', `the investigation is ${state.investigation.status}, not open`);
  }
  if (docket.missingSince !== null) refuse('DOCKET_MISSING', `the docket is missing since ${docket.missingSince}`);
  const dependsOn = latestOf(state.investigation.openedAt, docket.decidedAt, docket.reconstructedAt);
  notBefore(data.occurredAt, dependsOn, "the investigation's opening, the last DPP decision or reconstruction");
}

/** The docket is opened with the investigation, and goes missing from the police or from the DPP. */
export function admitDocketReportedMissing(state: ExistingCase): void {
  if (state.investigation.status === 'not_opened') {
    refuse('DOCKET_NOT_OPENED', 'no investigation was ever opened, so there is no docket');
  }
  if (state.docket.missingSince !== null) {
    refuse('DOCKET_ALREADY_MISSING', `the docket is missing since ${state.docket.missingSince}`);
  }
}

export function admitDocketReconstructed(state: ExistingCase, data: DocketReconstructedData): void {
  if (state.docket.missingSince === null) refuse('DOCKET_NOT_MISSING', 'the docket is not reported missing');
  notBefore(data.occurredAt, state.docket.missingSince, 'the report that the docket was missing');
}
