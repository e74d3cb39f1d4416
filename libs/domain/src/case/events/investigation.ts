import type { Sex } from '@casetrail/contract';
import type { Nationality } from '../../nationalities';
import type { DomainEvent, SealedPersonalData } from './event';

export type InvestigationOpenedData = Readonly<{
  occurredAt: string;
  unit: string;
  leadOfficer: string | null;
}>;

export type InvestigationClosedData = Readonly<{ occurredAt: string; reason: string }>;

export type SuspectIdentifiedData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  sex: Sex;
  nationality: Nationality;
  isGovernmentOfficial: boolean;
  officialAgency: string | null;
  /** The person's handle for erasure; set whenever `personal` is. */
  subjectRef: string | null;
  personal: SealedPersonalData | null;
}>;

/** An allegation that a suspect acted as, or with, a government official. */
export type OfficialComplicityAllegedData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  agency: string;
  summary: string | null;
}>;

export type SuspectArrestedData = Readonly<{ suspectRef: string; occurredAt: string }>;

export type BailGrantedData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  amount: number | null;
  conditions: string | null;
}>;

export type DocketSubmittedToDppData = Readonly<{ occurredAt: string }>;
export type DocketReportedMissingData = Readonly<{ occurredAt: string; note: string | null }>;
export type DocketReconstructedData = Readonly<{ occurredAt: string; note: string | null }>;

export type InvestigationOpened = DomainEvent<'InvestigationOpened', InvestigationOpenedData>;
export type SuspectIdentified = DomainEvent<'SuspectIdentified', SuspectIdentifiedData>;
export type OfficialComplicityAlleged = DomainEvent<'OfficialComplicityAlleged', OfficialComplicityAllegedData>;
export type SuspectArrested = DomainEvent<'SuspectArrested', SuspectArrestedData>;
export type BailGranted = DomainEvent<'BailGranted', BailGrantedData>;
export type DocketSubmittedToDpp = DomainEvent<'DocketSubmittedToDpp', DocketSubmittedToDppData>;
export type DocketReportedMissing = DomainEvent<'DocketReportedMissing', DocketReportedMissingData>;
export type DocketReconstructed = DomainEvent<'DocketReconstructed', DocketReconstructedData>;
export type InvestigationClosed = DomainEvent<'InvestigationClosed', InvestigationClosedData>;

export type InvestigationEvent =
  | InvestigationOpened
  | SuspectIdentified
  | OfficialComplicityAlleged
  | SuspectArrested
  | BailGranted
  | DocketSubmittedToDpp
  | DocketReportedMissing
  | DocketReconstructed
  | InvestigationClosed;
