import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { Database } from '@casetrail/database';
import { encodeClaimEvent, makeClaim, type ClaimMadeData } from '@casetrail/domain';
import type { AppendResult, EventStore, NewEvent } from '@casetrail/event-store';
import type { CaseCaller } from '../cases/case-caller';
import { CaseEventRecorded } from '../cases/case-event-recorded';
import { appendWithWritesBeside, type WriteBeside } from '../cases/commands/path/writes-beside';
import type { Clock } from '../clock';
import { CLOCK, DATABASE, EVENT_STORE } from '../config/tokens';
import { IdempotentCommands } from '../idempotency/idempotent-commands';

/** The answer to `POST /v1/claims`: the claim's id, and where its event stands in its stream and the log. */
export interface ClaimAnswer {
  readonly claimId: string;
  readonly version: number;
  readonly position: number;
  readonly eventIds: string[];
}

/**
 * Records a claim: one ClaimMade event starting a claim stream of its own (a new stream every time, so no
 * race to retry), sealed in the ledger like every event; an Idempotency-Key answers the first answer again.
 */
@Injectable()
export class ClaimCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly idempotency: IdempotentCommands,
    private readonly eventBus: EventBus,
  ) {}

  make(claim: Omit<ClaimMadeData, 'claimId'>, caller: CaseCaller): Promise<ClaimAnswer> {
    return this.idempotency.around(caller.idempotency, async (record) => {
      const claimId = randomUUID();
      const event = makeClaim({ claimId, ...claim }, this.clock.now().toISOString());
      const stored: NewEvent = {
        eventId: randomUUID(),
        ...encodeClaimEvent(event),
        actor: { userId: caller.user.userId, role: caller.user.role },
        correlationId: caller.requestId,
        causationId: null,
      };
      const answerOf = (appended: AppendResult): ClaimAnswer => ({
        claimId,
        version: appended.nextVersion,
        position: Number(appended.position),
        eventIds: appended.events.map((e) => e.eventId),
      });
      const writes: WriteBeside[] = record ? [{ when: 'after', write: (client, appended) => record(client, answerOf(appended)) }] : [];
      const appended = await appendWithWritesBeside(this.store, this.database, { kind: 'claim', id: claimId }, 'no_stream', [stored], writes);
      // Wakes the followers (projections, ledger sealer) as a case event does.
      this.eventBus.publishAll(appended.events.map((e) => new CaseEventRecorded(e)));
      return answerOf(appended);
    });
  }
}
