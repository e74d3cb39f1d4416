import type {
  AdjournHearing, DecideAppeal, DeliverVerdict, FileAppeal, ImposeSentence, RecordAppearance, ReferForSentence,
  StartTrial,
} from '../commands';
import type {
  AccusedAppeared, AppealDecided, AppealFiled, HearingAdjourned, ReferredToHighCourtForSentence, SentenceImposed,
  TrialStarted, VerdictDelivered,
} from '../events';

export const recordAppearance = ({ data: d }: RecordAppearance): AccusedAppeared => ({
  type: 'AccusedAppeared',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt, court: d.court ?? null },
});

export const startTrial = ({ data: d }: StartTrial): TrialStarted => ({
  type: 'TrialStarted',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt },
});

export const adjournHearing = ({ data: d }: AdjournHearing): HearingAdjourned => ({
  type: 'HearingAdjourned',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt, reason: d.reason, adjournedTo: d.adjournedTo ?? null },
});

export const deliverVerdict = ({ data: d }: DeliverVerdict): VerdictDelivered => ({
  type: 'VerdictDelivered',
  data: {
    suspectRef: d.suspectRef,
    occurredAt: d.occurredAt,
    outcome: d.outcome,
    statute: d.statute,
    guiltyPlea: d.guiltyPlea ?? false,
  },
});

export const referForSentence = ({ data: d }: ReferForSentence): ReferredToHighCourtForSentence => ({
  type: 'ReferredToHighCourtForSentence',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt },
});

export const imposeSentence = ({ data: d }: ImposeSentence): SentenceImposed => ({
  type: 'SentenceImposed',
  data: {
    suspectRef: d.suspectRef,
    occurredAt: d.occurredAt,
    imprisonmentMonths: d.imprisonmentMonths,
    suspendedMonths: d.suspendedMonths,
    fine: d.fine ?? null,
    fineInLieuOfPrison: d.fineInLieuOfPrison,
  },
});

export const fileAppeal = ({ data: d }: FileAppeal): AppealFiled => ({
  type: 'AppealFiled',
  data: { appealRef: d.appealRef, suspectRef: d.suspectRef, occurredAt: d.occurredAt, appellant: d.appellant },
});

export const decideAppeal = ({ data: d }: DecideAppeal): AppealDecided => ({
  type: 'AppealDecided',
  data: { appealRef: d.appealRef, occurredAt: d.occurredAt, outcome: d.outcome },
});
