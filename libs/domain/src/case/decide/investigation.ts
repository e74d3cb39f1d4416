import type {
  AllegeOfficialComplicity, ArrestSuspect, CloseInvestigation, GrantBail, IdentifySuspect, OpenInvestigation,
  ReconstructDocket, ReportDocketMissing, SubmitDocket,
} from '../commands';
import type {
  BailGranted, DocketReconstructed, DocketReportedMissing, DocketSubmittedToDpp, InvestigationClosed,
  InvestigationOpened, OfficialComplicityAlleged, SuspectArrested, SuspectIdentified,
} from '../events';

export const openInvestigation = ({ data: d }: OpenInvestigation): InvestigationOpened => ({
  type: 'InvestigationOpened',
  data: { occurredAt: d.occurredAt, unit: d.unit, leadOfficer: d.leadOfficer ?? null },
});

export const closeInvestigation = ({ data: d }: CloseInvestigation): InvestigationClosed => ({
  type: 'InvestigationClosed',
  data: { occurredAt: d.occurredAt, reason: d.reason },
});

export const identifySuspect = ({ data: d }: IdentifySuspect): SuspectIdentified => ({
  type: 'SuspectIdentified',
  data: {
    suspectRef: d.suspectRef,
    occurredAt: d.occurredAt,
    sex: d.sex,
    nationality: d.nationality,
    isGovernmentOfficial: d.isGovernmentOfficial,
    officialAgency: d.officialAgency ?? null,
    subjectRef: d.subjectRef ?? null,
    personal: d.personal ?? null,
  },
});

export const allegeOfficialComplicity = ({ data: d }: AllegeOfficialComplicity): OfficialComplicityAlleged => ({
  type: 'OfficialComplicityAlleged',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt, agency: d.agency, summary: d.summary ?? null },
});

export const arrestSuspect = ({ data: d }: ArrestSuspect): SuspectArrested => ({
  type: 'SuspectArrested',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt },
});

export const grantBail = ({ data: d }: GrantBail): BailGranted => ({
  type: 'BailGranted',
  data: {
    suspectRef: d.suspectRef,
    occurredAt: d.occurredAt,
    amount: d.amount ?? null,
    conditions: d.conditions ?? null,
  },
});

export const submitDocket = ({ data: d }: SubmitDocket): DocketSubmittedToDpp => ({
  type: 'DocketSubmittedToDpp',
  data: { occurredAt: d.occurredAt },
});

export const reportDocketMissing = ({ data: d }: ReportDocketMissing): DocketReportedMissing => ({
  type: 'DocketReportedMissing',
  data: { occurredAt: d.occurredAt, note: d.note ?? null },
});

export const reconstructDocket = ({ data: d }: ReconstructDocket): DocketReconstructed => ({
  type: 'DocketReconstructed',
  data: { occurredAt: d.occurredAt, note: d.note ?? null },
});
