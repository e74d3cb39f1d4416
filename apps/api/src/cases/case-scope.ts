import type { CaseState } from '@casetrail/domain';
import type { User } from '@casetrail/users';
import { caseNotFound } from '../http/api-error';

/** Object-level authorisation: a case outside the caller's district does not exist for them. */
export function assertInScope(user: User, caseId: string, state: CaseState): void {
  if (user.district !== null && state.status !== 'not_referred' && state.district !== user.district) {
    throw caseNotFound(caseId);
  }
}
