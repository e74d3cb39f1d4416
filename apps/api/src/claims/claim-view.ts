import type { ClaimOf } from '@casetrail/contract';
import type { ClaimAssertion } from '@casetrail/domain';
import type { DistrictReportEvent, RecordedClaim } from '@casetrail/read-models';
import { evaluateAssertion, rememberingFigureValues, type AssertionEvaluation, type FigureValuesOf } from '@casetrail/reporting';
import type { User } from '@casetrail/users';

/** An assertion about figures outside a district-scoped caller's district: its values would tell of other districts. */
export type OutOfScopeAssertion = ClaimAssertion & { readonly verdict: 'out_of_scope' };

export type ClaimView = ClaimOf<AssertionEvaluation | OutOfScopeAssertion>;

/**
 * Evaluates claims against `events` (every district's) as `user` may see them, at `now`; one evaluator serves
 * a page of claims, computing each figure once per scope and moment.
 */
export function claimEvaluator(events: readonly DistrictReportEvent[], user: User, now: string) {
  const valuesOf: FigureValuesOf = rememberingFigureValues();
  const scopes = new Map<string | null, readonly DistrictReportEvent[]>([[null, events]]);
  const scoped = (district: string | null) => {
    const found = scopes.get(district) ?? events.filter((event) => event.district === district);
    scopes.set(district, found);
    return found;
  };
  return (claim: RecordedClaim): ClaimView => {
    const moments = { recordedAt: claim.recordedAt, madeAt: claim.madeAt, now };
    return {
      ...claim,
      assertions: claim.assertions.map((assertion) => {
        if (user.district !== null && assertion.district !== user.district) return { ...assertion, verdict: 'out_of_scope' as const };
        return evaluateAssertion(scoped(assertion.district), assertion, moments, user.role === 'donor', valuesOf);
      }),
    };
  };
}
