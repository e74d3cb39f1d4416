import { evaluateAssertion, isVictimFigure, rememberingFigureValues, type AssertionEvaluation } from '@casetrail/reporting';
import type { ClaimAssertion } from '@casetrail/domain';
import type { LeafClaim, LeafReportEvent } from './leaf-events';

/** Whether an assertion's figure can be recomputed from public parts: every figure but those about victims. */
export const isRecomputable = (assertion: ClaimAssertion): boolean => !isVictimFigure(assertion.figure);

/** Evaluates one non-victim assertion of a claim from the leaves' events at `now`. */
export type LeafEvaluation = (claim: LeafClaim, assertion: ClaimAssertion, now: string) => AssertionEvaluation;

/**
 * Evaluates assertions from the leaves' events as the report evaluates them, at `now` (the checkpoint's
 * signedAt: the tree holds what was recorded by then). Server and verifier run this same code. One per
 * bundle: it scopes the events to each district once and keeps each scope's record as known at each moment,
 * so a bundle's assertions cost a few passes over the leaves, not three per assertion.
 */
export function leafEvaluation(events: readonly LeafReportEvent[]): LeafEvaluation {
  const scopes = new Map<string | null, readonly LeafReportEvent[]>([[null, events]]);
  const scoped = (district: string | null) => {
    const known = scopes.get(district) ?? events.filter((event) => event.district === district);
    scopes.set(district, known);
    return known;
  };
  const valuesOf = rememberingFigureValues();
  return (claim, assertion, now) =>
    evaluateAssertion(scoped(assertion.district), assertion, { recordedAt: claim.recordedAt, madeAt: claim.madeAt, now }, false, valuesOf);
}
