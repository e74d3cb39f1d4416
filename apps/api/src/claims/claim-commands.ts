import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { encodeClaimEvent, makeClaim, type ClaimMadeData } from '@casetrail/domain';
import type { AppendResult } from '@casetrail/event-store';
import type { CaseCaller } from '../cases/case-caller';
import { EventRecorder, recordedBy } from '../cases/commands/path/event-recorder';
import type { WriteBeside } from '../cases/commands/path/writes-beside';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';
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
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly idempotency: IdempotentCommands,
    private readonly recorder: EventRecorder,
  ) {}

  make(claim: Omit<ClaimMadeData, 'claimId'>, caller: CaseCaller): Promise<ClaimAnswer> {
    return this.idempotency.around(caller.idempotency, async (record) => {
      const claimId = randomUUID();
      const event = makeClaim({ claimId, ...claim }, this.clock.now().toISOString());
      const stored = recordedBy(caller, randomUUID(), encodeClaimEvent(event));
      const answerOf = (appended: AppendResult): ClaimAnswer => ({
        claimId,
        version: appended.nextVersion,
        position: Number(appended.position),
        eventIds: appended.events.map((e) => e.eventId),
      });
      const writes: WriteBeside[] = record ? [{ when: 'after', write: (client, appended) => record(client, answerOf(appended)) }] : [];
      return answerOf(await this.recorder.record({ kind: 'claim', id: claimId }, 'no_stream', [stored], writes));
    });
  }
}
