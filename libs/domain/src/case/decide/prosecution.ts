import { assertNever } from '../../exhaustive';
import type {
  CloseCase, FileCharges, IssueSummons, RecordDppDecision, RecordSummonsService, WithdrawCharges,
} from '../commands';
import type {
  CaseClosed, ChargesFiled, ChargesWithdrawn, DppDecisionRecorded, SummonsIssued, SummonsServed, SummonsServiceFailed,
} from '../events';

export const recordDppDecision = ({ data: d }: RecordDppDecision): DppDecisionRecorded => ({
  type: 'DppDecisionRecorded',
  data: { occurredAt: d.occurredAt, decision: d.decision, forum: d.forum ?? null },
});

export const fileCharges = ({ data: d }: FileCharges): ChargesFiled => ({
  type: 'ChargesFiled',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt, statute: d.statute, counts: d.counts },
});

export const issueSummons = ({ data: d }: IssueSummons): SummonsIssued => ({
  type: 'SummonsIssued',
  data: {
    summonsRef: d.summonsRef,
    suspectRef: d.suspectRef,
    occurredAt: d.occurredAt,
    court: d.court,
    returnDate: d.returnDate,
  },
});

/** One attempt at service: the outcome picks the event. */
export function recordSummonsService({ data: d }: RecordSummonsService): SummonsServed | SummonsServiceFailed {
  const data = { summonsRef: d.summonsRef, occurredAt: d.occurredAt, note: d.note ?? null };
  switch (d.outcome) {
    case 'served':
      return { type: 'SummonsServed', data };
    case 'failed':
      return { type: 'SummonsServiceFailed', data };
    default:
      return assertNever(d.outcome);
  }
}

export const withdrawCharges = ({ data: d }: WithdrawCharges): ChargesWithdrawn => ({
  type: 'ChargesWithdrawn',
  data: { suspectRef: d.suspectRef, occurredAt: d.occurredAt, reason: d.reason },
});

export const closeCase = ({ data: d }: CloseCase): CaseClosed => ({
  type: 'CaseClosed',
  data: { occurredAt: d.occurredAt, reason: d.reason },
});
