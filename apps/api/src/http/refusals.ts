import { CaseRuleViolation, ClaimRuleViolation } from '@casetrail/domain';
import { VersionConflict } from '../cases/commands/path/version-conflict';
import { IdempotencyKeyInUse, IdempotencyKeyReused } from '../idempotency/idempotency-refusals';
import { errorBody, type ErrorBody } from './error-body';

/** HTTP status for a domain refusal: unknown things are 404, duplicates 409, every other rule 422. */
const RULE_STATUS: Readonly<Record<string, number>> = {
  CASE_NOT_FOUND: 404,
  CASE_ALREADY_EXISTS: 409,
};

/**
 * The contract's answer to a refusal raised below HTTP (a domain rule, a stale version, an idempotency
 * key), or null for anything else. Refusals raised by the HTTP layer itself carry their status (ApiError).
 */
export function refusalBody(exception: unknown): ErrorBody | null {
  if (exception instanceof CaseRuleViolation) {
    return errorBody(RULE_STATUS[exception.code] ?? 422, exception.code, exception.message);
  }
  if (exception instanceof ClaimRuleViolation) return errorBody(422, exception.code, exception.message);
  if (exception instanceof VersionConflict) return errorBody(exception.withIfMatch ? 412 : 409, 'VERSION_CONFLICT', exception.message);
  if (exception instanceof IdempotencyKeyReused) return errorBody(422, 'IDEMPOTENCY_KEY_REUSED', exception.message);
  if (exception instanceof IdempotencyKeyInUse) return errorBody(409, 'IDEMPOTENCY_KEY_IN_USE', exception.message);
  return null;
}
