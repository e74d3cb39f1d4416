import type {
  CaseReferredData, ProtectionServiceProvidedData, VictimCooperationRecordedData, VictimIdentifiedData,
  VictimReferredToServicesData, VictimRepatriatedData,
} from '../events';
import type { ExistingCase, VictimService } from '../state';
import { updateVictim, withEntry } from './records';

export function caseReferred(data: CaseReferredData): ExistingCase {
  return {
    status: 'existing',
    caseId: data.caseId,
    referredAt: data.occurredAt,
    source: data.source,
    district: data.district,
    form: data.form,
    summary: data.summary,
    stage: 'referred',
    closedAt: null,
    closureReason: null,
    investigation: { status: 'not_opened', openedAt: null, closedAt: null, unit: null, leadOfficer: null },
    docket: {
      submittedAt: null,
      submissions: 0,
      decision: null,
      decidedAt: null,
      forum: null,
      missingSince: null,
      reportedMissing: 0,
      reconstructedAt: null,
    },
    victims: {},
    accused: {},
    summonses: {},
    appeals: {},
    evidence: {},
    erasedSubjects: {},
    history: [],
    lastOccurredAt: data.occurredAt,
  };
}

export function victimIdentified(state: ExistingCase, data: VictimIdentifiedData): ExistingCase {
  return {
    ...state,
    victims: withEntry(state.victims, data.victimRef, {
      victimRef: data.victimRef,
      identifiedAt: data.occurredAt,
      sex: data.sex,
      ageGroup: data.ageGroup,
      nationality: data.nationality,
      form: data.form,
      identifiedBy: data.identifiedBy,
      subjectRef: data.subjectRef,
      referrals: [],
      servicesProvided: [],
      repatriatedAt: null,
      cooperation: [],
    }),
  };
}

function serviceOf(data: VictimReferredToServicesData): VictimService {
  return {
    service: data.service,
    provider: data.provider,
    governmentFunded: data.governmentFunded,
    occurredAt: data.occurredAt,
  };
}

export function victimReferredToServices(state: ExistingCase, data: VictimReferredToServicesData): ExistingCase {
  return updateVictim(state, data.victimRef, (v) => ({ ...v, referrals: [...v.referrals, serviceOf(data)] }));
}

export function protectionServiceProvided(state: ExistingCase, data: ProtectionServiceProvidedData): ExistingCase {
  return updateVictim(state, data.victimRef, (v) => ({
    ...v,
    servicesProvided: [...v.servicesProvided, serviceOf(data)],
  }));
}

export function victimRepatriated(state: ExistingCase, data: VictimRepatriatedData): ExistingCase {
  return updateVictim(state, data.victimRef, (v) => ({ ...v, repatriatedAt: data.occurredAt }));
}

export function victimCooperationRecorded(state: ExistingCase, data: VictimCooperationRecordedData): ExistingCase {
  return updateVictim(state, data.victimRef, (v) => ({
    ...v,
    cooperation: [...v.cooperation, { cooperation: data.cooperation, occurredAt: data.occurredAt }],
  }));
}
