import type {
  AgeGroup, District, Form, IdentifiedBy, ProtectionService, Sex, Source, VictimCooperation,
} from '@casetrail/contract';
import type { Nationality } from '../../nationalities';
import type { DomainEvent, SealedPersonalData } from './event';

export type CaseReferredData = Readonly<{
  caseId: string;
  occurredAt: string;
  source: Source;
  district: District;
  form: Form;
  summary: string | null;
}>;

/** Who a victim is, as the TIP report counts victims (never who the person is: that is `personal`, sealed). */
export type VictimProfile = Readonly<{
  sex: Sex;
  ageGroup: AgeGroup;
  nationality: Nationality;
  form: Form;
  identifiedBy: IdentifiedBy;
}>;

export type VictimIdentifiedData = VictimProfile & Readonly<{
  victimRef: string;
  occurredAt: string;
  /** The person's handle for erasure; set whenever `personal` is. */
  subjectRef: string | null;
  personal: SealedPersonalData | null;
}>;

/** A victim referred to a service (shelter, medical care, ...). */
export type VictimReferredToServicesData = Readonly<{
  victimRef: string;
  occurredAt: string;
  service: ProtectionService;
  provider: string;
  governmentFunded: boolean;
}>;

/** A service actually delivered to a victim (a referral says it was asked for). */
export type ProtectionServiceProvidedData = VictimReferredToServicesData;

export type VictimRepatriatedData = Readonly<{
  victimRef: string;
  occurredAt: string;
  /** The country the victim was returned to. */
  destination: Nationality;
  governmentFunded: boolean;
}>;

export type VictimCooperationRecordedData = Readonly<{
  victimRef: string;
  occurredAt: string;
  cooperation: VictimCooperation;
  note: string | null;
}>;

export type CaseReferred = DomainEvent<'CaseReferred', CaseReferredData>;
export type VictimIdentified = DomainEvent<'VictimIdentified', VictimIdentifiedData>;
export type VictimReferredToServices = DomainEvent<'VictimReferredToServices', VictimReferredToServicesData>;
export type ProtectionServiceProvided = DomainEvent<'ProtectionServiceProvided', ProtectionServiceProvidedData>;
export type VictimRepatriated = DomainEvent<'VictimRepatriated', VictimRepatriatedData>;
export type VictimCooperationRecorded = DomainEvent<'VictimCooperationRecorded', VictimCooperationRecordedData>;

export type IntakeEvent =
  | CaseReferred
  | VictimIdentified
  | VictimReferredToServices
  | ProtectionServiceProvided
  | VictimRepatriated
  | VictimCooperationRecorded;
