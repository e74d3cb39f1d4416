import type { ClaimAssertion } from '@casetrail/domain';
import { isVictimFigure } from '../disclosure';
import type { ReportEvent } from '../report-event';
import { reportingPeriod } from '../reporting-period';
import { changingEvents, type ChangingEvent } from './changing-events';
import { figureValues, type FigureQuestion, type FigureValuesOf } from './figure-values';

/**
 * `supported`: the claimed value is the figure as recorded when the claim was entered, and as known now;
 * `not_supported`: it is not the figure as recorded then; `restated`: it was, but the record has changed since;
 * `suppressed`: a donor asked about a figure about victims (any answer, even a verdict, would tell the count).
 */
export const VERDICTS = ['supported', 'not_supported', 'restated', 'suppressed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type AssertionEvaluation = ClaimAssertion &
  (
    | { readonly verdict: 'suppressed' }
    | {
        readonly verdict: Exclude<Verdict, 'suppressed'>;
        /** As the record stood when the claim was recorded in casetrail. */
        readonly recordedValue: number | null;
        readonly valueNow: number | null;
        /** As the record stood when the claim was made (for claims entered long after). */
        readonly valueAsKnownAtMadeAt: number | null;
        /** For `restated`: the events recorded since the claim that changed the figure. */
        readonly changedBy?: readonly ChangingEvent[];
      }
  );

/** The moments an assertion is evaluated at. */
export interface ClaimMoments {
  /** When the claim was recorded in casetrail (its event's recordedAt). */
  readonly recordedAt: string;
  readonly madeAt: string;
  /** The server's time. */
  readonly now: string;
}

const questionOf = (assertion: ClaimAssertion): FigureQuestion =>
  assertion.asOf !== null ? { asOf: assertion.asOf } : { period: reportingPeriod(assertion.period ?? '') };

/**
 * One assertion against the record: `events` are the report events of the assertion's scope (its district,
 * or the nation); `forDonor`: the caller is a donor, who gets no value of a figure about victims.
 * `valuesOf` computes the figures (one that remembers answers serves a page of claims).
 */
export function evaluateAssertion(
  events: readonly ReportEvent[],
  assertion: ClaimAssertion,
  moments: ClaimMoments,
  forDonor: boolean,
  valuesOf: FigureValuesOf = figureValues,
): AssertionEvaluation {
  if (forDonor && isVictimFigure(assertion.figure)) return { ...assertion, verdict: 'suppressed' };
  const question = questionOf(assertion);
  const valueAt = (knownAt: string) => valuesOf(events, question, knownAt, moments.now).get(assertion.figure) ?? null;
  const recordedValue = valueAt(moments.recordedAt);
  const valueNow = valueAt(moments.now);
  const values = { recordedValue, valueNow, valueAsKnownAtMadeAt: valueAt(moments.madeAt) };
  if (assertion.value !== recordedValue) return { ...assertion, verdict: 'not_supported', ...values };
  if (assertion.value === valueNow) return { ...assertion, verdict: 'supported', ...values };
  const changedBy = changingEvents(events, question, moments.recordedAt, moments.now, moments.now).get(assertion.figure) ?? [];
  return { ...assertion, verdict: 'restated', ...values, changedBy };
}
