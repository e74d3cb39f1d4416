import type {
  IdentifyVictim, RecordProtectionService, RecordVictimCooperation, RecordVictimRepatriation, ReferCase,
  ReferVictimToServices,
} from '../commands';
import type {
  CaseReferred, ProtectionServiceProvided, VictimCooperationRecorded, VictimIdentified, VictimReferredToServices,
  VictimReferredToServicesData, VictimRepatriated,
} from '../events';

export const referCase = ({ data: d }: ReferCase): CaseReferred => ({
  type: 'CaseReferred',
  data: {
    caseId: d.caseId,
    occurredAt: d.occurredAt,
    source: d.source,
    district: d.district,
    form: d.form,
    summary: d.summary ?? null,
  },
});

export const identifyVictim = ({ data: d }: IdentifyVictim): VictimIdentified => ({
  type: 'VictimIdentified',
  data: {
    victimRef: d.victimRef,
    occurredAt: d.occurredAt,
    sex: d.sex,
    ageGroup: d.ageGroup,
    nationality: d.nationality,
    form: d.form,
    identifiedBy: d.identifiedBy,
    subjectRef: d.subjectRef ?? null,
    personal: d.personal ?? null,
  },
});

/** A service's fields, copied one by one: a command's extra properties never reach the event. */
const victimService = (d: VictimReferredToServicesData): VictimReferredToServicesData => ({
  victimRef: d.victimRef,
  occurredAt: d.occurredAt,
  service: d.service,
  provider: d.provider,
  governmentFunded: d.governmentFunded,
});

export const referVictimToServices = ({ data }: ReferVictimToServices): VictimReferredToServices => ({
  type: 'VictimReferredToServices',
  data: victimService(data),
});

export const recordProtectionService = ({ data }: RecordProtectionService): ProtectionServiceProvided => ({
  type: 'ProtectionServiceProvided',
  data: victimService(data),
});

export const recordVictimRepatriation = ({ data: d }: RecordVictimRepatriation): VictimRepatriated => ({
  type: 'VictimRepatriated',
  data: {
    victimRef: d.victimRef,
    occurredAt: d.occurredAt,
    destination: d.destination,
    governmentFunded: d.governmentFunded,
  },
});

export const recordVictimCooperation = ({ data: d }: RecordVictimCooperation): VictimCooperationRecorded => ({
  type: 'VictimCooperationRecorded',
  data: { victimRef: d.victimRef, occurredAt: d.occurredAt, cooperation: d.cooperation, note: d.note ?? null },
});
