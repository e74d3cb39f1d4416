import { decodeCaseEvent, foldCase } from '@casetrail/domain';
import type { EventStore, RecordedEvent } from '@casetrail/event-store';
import type { User } from '@casetrail/users';

/** Is the event's case inside the caller's district scope (a nationwide caller sees every case)? */
export async function isEventInScope(user: User, event: RecordedEvent, store: EventStore): Promise<boolean> {
  if (user.district === null) return true;
  const stream = await store.readStream(event.streamId);
  const state = foldCase(stream.map(decodeCaseEvent));
  return state.status !== 'not_referred' && state.district === user.district;
}
