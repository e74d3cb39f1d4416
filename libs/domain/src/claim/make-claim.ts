import { isBefore, isInFuture, isTimestamp } from '../time';
import type { ClaimMade, ClaimMadeData } from './claim-events';

/** Every rule a claim is refused by, with what it guards. */
export const CLAIM_RULES = {
  MADE_IN_FUTURE: 'madeAt lies more than 5 minutes after the server time: a claim is recorded after it was made.',
  ASSERTED_AFTER_MADE: 'An assertion as of a moment after the claim was made states what could not be known then.',
} as const;
export type ClaimRuleCode = keyof typeof CLAIM_RULES;

/** A claim refused by a named rule: nothing is stored. */
export class ClaimRuleViolation extends Error {
  override readonly name = 'ClaimRuleViolation';
  constructor(
    readonly code: ClaimRuleCode,
    message: string,
  ) {
    super(message);
  }
}

/** Decides a claim: the event that records it, or a refusal. `now` is the server's time. */
export function makeClaim(data: ClaimMadeData, now: string): ClaimMade {
  if (!isTimestamp(data.madeAt)) throw new TypeError('madeAt must be an ISO 8601 time with an offset');
  if (isInFuture(data.madeAt, now)) throw new ClaimRuleViolation('MADE_IN_FUTURE', `madeAt ${data.madeAt} is after the server time ${now}`);
  data.assertions.forEach((assertion, index) => {
    if (assertion.asOf !== null && isBefore(data.madeAt, assertion.asOf)) {
      throw new ClaimRuleViolation('ASSERTED_AFTER_MADE', `assertions.${index}.asOf ${assertion.asOf} is after madeAt ${data.madeAt}`);
    }
  });
  return { type: 'ClaimMade', data };
}
