import { foldCase, type CaseEvent } from '@casetrail/domain';
import type { EventStore, RecordedEvent } from '@casetrail/event-store';
import type { User } from '../auth/user';

/** Is the event's case inside the caller's district scope (a nationwide caller sees every case)? */
export async function isEventInScope(user: User, event: RecordedEvent, store: EventStore): Promise<boolean> {
  if (user.district === null) return true;
  // Only cases have a district: a stream of another kind is outside every district's scope.
  if (event.streamKind !== 'case') return false;
  const stream = await store.readStream({ kind: 'case', id: event.streamId });
  const state = foldCase(stream.map((e) => ({ eventId: e.eventId, event: { type: e.type, data: e.data } as CaseEvent })));
  return state.status !== 'not_referred' && state.district === user.district;
}
