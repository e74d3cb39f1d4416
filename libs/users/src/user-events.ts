import { randomUUID } from 'node:crypto';
import type { Actor, NewEvent } from '@casetrail/event-store';
import type { UserRecord } from './user';

/** Who changed a user: an admin, or the service itself (the bootstrap admin, `users add`, the demo). */
export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system' };

export const actorOf = (changedBy: string | null): Actor => (changedBy === null ? SYSTEM_ACTOR : { userId: changedBy, role: 'admin' });

/** A user came to be: who they are and until when their token works; never the token or its hash. */
export function userCreated(user: UserRecord, bootstrap: boolean, actor: Actor): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'UserCreated',
    schemaVersion: 1,
    occurredAt: user.createdAt,
    data: {
      userId: user.userId, name: user.name, role: user.role, district: user.district, agency: user.agency,
      expiresAt: user.expiresAt, bootstrap,
    },
    actor,
    correlationId: randomUUID(),
    causationId: null,
  };
}

/** A user's token stopped working, for good. */
export function userRevoked(user: UserRecord, actor: Actor): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'UserRevoked',
    schemaVersion: 1,
    occurredAt: user.revokedAt!,
    data: { userId: user.userId, revokedAt: user.revokedAt },
    actor,
    correlationId: randomUUID(),
    causationId: null,
  };
}
