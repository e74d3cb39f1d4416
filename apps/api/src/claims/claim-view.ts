import type { ClaimAssertion } from '@casetrail/domain';
import type { DistrictReportEvent, RecordedClaim } from '@casetrail/read-models';
import { evaluateAssertion, type AssertionEvaluation } from '@casetrail/reporting';
import type { User } from '@casetrail/users';

/** An assertion about figures outside a district-scoped caller's district: its values would tell of other districts. */
export type OutOfScopeAssertion = ClaimAssertion & { readonly verdict: 'out_of_scope' };

export type ClaimView = Omit<RecordedClaim, 'assertions'> & { readonly assertions: (AssertionEvaluation | OutOfScopeAssertion)[] };

/** A claim with each assertion evaluated against the record as `user` may see it, at `now`. */
export function claimView(claim: RecordedClaim, events: readonly DistrictReportEvent[], user: User, now: string): ClaimView {
  const moments = { recordedAt: claim.recordedAt, madeAt: claim.madeAt, now };
  return {
    ...claim,
    assertions: claim.assertions.map((assertion) => {
      if (user.district !== null && assertion.district !== user.district) return { ...assertion, verdict: 'out_of_scope' as const };
      const scoped = assertion.district === null ? events : events.filter((event) => event.district === assertion.district);
      return evaluateAssertion(scoped, assertion, moments, user.role === 'donor');
    }),
  };
}
