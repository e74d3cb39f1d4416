import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { Database } from '@casetrail/database';
import type { AppendResult, EventStore, ExpectedVersion, NewEvent, StreamName } from '@casetrail/event-store';
import { DATABASE, EVENT_STORE } from '../../../config/tokens';
import type { CaseCaller } from '../../case-caller';
import { CaseEventRecorded } from '../../case-event-recorded';
import { appendWithWritesBeside, type WriteBeside } from './writes-beside';

/**
 * Where every stream's events are written from the API (cases, claims, the access log): appended with the
 * writes beside them, then published on the EventBus, which wakes the followers (projections, the ledger's
 * sealer) without waiting for their next poll.
 */
@Injectable()
export class EventRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    private readonly eventBus: EventBus,
  ) {}

  async record(stream: StreamName, expected: ExpectedVersion, events: readonly NewEvent[], writes: readonly WriteBeside[] = []): Promise<AppendResult> {
    const appended = await appendWithWritesBeside(this.store, this.database, stream, expected, events, writes);
    this.eventBus.publishAll(appended.events.map((event) => new CaseEventRecorded(event)));
    return appended;
  }
}

/** An encoded domain event as a command's caller records it: the caller is its actor, their request its correlation. */
export function recordedBy(caller: CaseCaller, eventId: string, encoded: Pick<NewEvent, 'type' | 'schemaVersion' | 'occurredAt' | 'data'>): NewEvent {
  return { eventId, ...encoded, actor: { userId: caller.user.userId, role: caller.user.role }, correlationId: caller.requestId, causationId: null };
}
