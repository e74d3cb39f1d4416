import { decodeCaseEvent, foldCase } from '@casetrail/domain';
import type { EventStore, RecordedEvent } from '@casetrail/event-store';
import type { User } from '@casetrail/users';
import { isCaseInScope } from '../cases/case-scope';

/** Is the event's case inside the caller's district scope (a nationwide caller sees every event)? */
export async function isEventInScope(user: User, event: RecordedEvent, store: EventStore): Promise<boolean> {
  if (user.district === null) return true;
  // Only cases have a district: a stream of another kind is outside every district's scope.
  if (event.streamKind !== 'case') return false;
  const stream = await store.readStream({ kind: 'case', id: event.streamId });
  return isCaseInScope(user, foldCase(stream.map(decodeCaseEvent)));
}
