import { evaluateAssertion, isVictimFigure, type AssertionEvaluation } from '@casetrail/reporting';
import type { ClaimAssertion } from '@casetrail/domain';
import type { LeafClaim, LeafReportEvent } from './leaf-events';

/** Whether an assertion's figure can be recomputed from public parts: every figure but those about victims. */
export const isRecomputable = (assertion: ClaimAssertion): boolean => !isVictimFigure(assertion.figure);

/**
 * One non-victim assertion evaluated from the leaves' events, as the report evaluates it, at `now` (the
 * checkpoint's signedAt: the tree holds what was recorded by then). Server and verifier run this same code.
 */
export function evaluateFromLeaves(events: readonly LeafReportEvent[], claim: LeafClaim, assertion: ClaimAssertion, now: string): AssertionEvaluation {
  const scoped = assertion.district === null ? events : events.filter((event) => event.district === assertion.district);
  return evaluateAssertion(scoped, assertion, { recordedAt: claim.recordedAt, madeAt: claim.madeAt, now }, false);
}
