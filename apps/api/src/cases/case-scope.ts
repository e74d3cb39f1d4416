import { decodeCaseEvent, foldCase, type CaseCommandIntent, type CaseState, type District } from '@casetrail/domain';
import type { EventStore } from '@casetrail/event-store';
import type { User } from '@casetrail/users';
import { caseNotFound, forbidden } from '../http/api-error';

/**
 * Object-level authorisation against the case as it is now: a case outside the caller's district does
 * not exist for them, and answers exactly as an unknown case does (same status, same body).
 */
export function assertInScope(user: User, caseId: string, state: CaseState): void {
  if (!isCaseInScope(user, state)) throw caseNotFound(caseId);
}

/** The scope rule itself: a referred case, in the caller's district unless the caller is nationwide. */
export function isCaseInScope(user: User, state: CaseState): boolean {
  return state.status !== 'not_referred' && (user.district === null || state.district === user.district);
}

/** `assertInScope` on the case's stream as it is now, read from the store. */
export async function assertStoredCaseInScope(store: EventStore, user: User, caseId: string): Promise<void> {
  const history = await store.readStream({ kind: 'case', id: caseId });
  assertInScope(user, caseId, foldCase(history.map(decodeCaseEvent)));
}

const outOfDistrict = (district: District) => forbidden('DISTRICT_OUT_OF_SCOPE', `you may keep cases in ${district} only`);

/**
 * The command path's scope check, on the case's current state. A referral names its district, which must
 * be the caller's whether or not its caseId is taken (a taken id is then CASE_ALREADY_EXISTS, whichever
 * district holds it). Every other command needs a case in scope, and a district-scoped caller may not
 * correct a case's district to another one.
 */
export function assertCommandInScope(user: User, caseId: string, intent: CaseCommandIntent, state: CaseState): void {
  if (intent.type === 'ReferCase') {
    if (user.district !== null && intent.data.district !== user.district) throw outOfDistrict(user.district);
    return;
  }
  assertInScope(user, caseId, state);
  if (intent.type === 'CorrectEvent' && user.district !== null) {
    const changes: Readonly<Record<string, unknown>> = intent.data.changes ?? {};
    if ('district' in changes && changes.district !== user.district) throw outOfDistrict(user.district);
  }
}
