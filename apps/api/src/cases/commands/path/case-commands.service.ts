import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { decide, decodeCaseEvent, encodeCaseEvent, foldCase, type CaseCommand, type CaseState } from '@casetrail/domain';
import type { AppendResult, EventStore, StreamName } from '@casetrail/event-store';
import type { Clock } from '../../../clock';
import type { Configuration } from '@casetrail/config';
import { CLOCK, CONFIGURATION, EVENT_STORE } from '../../../config/tokens';
import { IdempotentCommands, type RecordAnswer } from '../../../idempotency/idempotent-commands';
import type { CaseCommandAnswer } from '../../case-caller';
import { assertCommandInScope } from '../../case-scope';
import type { CaseCommandRequest } from './case-command-request';
import { assertIfMatch } from './version-conflict';
import { retryingWriteRaces } from './write-race-retries';
import { EventRecorder, recordedBy } from './event-recorder';
import type { WriteBeside } from './writes-beside';

/**
 * The one path every case command takes: load the case, decide, append with the expected version,
 * publish the stored events. Idempotency and write-race retries are steps around it; what a command
 * needs of its own (a district check, sealing personal data) its handler brings in the request.
 */
@Injectable()
export class CaseCommands {
  private readonly logger = new Logger('Commands');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONFIGURATION) private readonly config: Configuration,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly idempotency: IdempotentCommands,
    private readonly recorder: EventRecorder,
  ) {}

  execute(request: CaseCommandRequest): Promise<CaseCommandAnswer> {
    const { caseId, caller } = request;
    return this.idempotency.around(caller.idempotency, (record) =>
      retryingWriteRaces(caseId, caller.ifMatch, this.config.commandRetries, () => this.decideAndAppend(request, record), (attempt) =>
        this.logger.debug({ msg: 'write race, retrying', caseId, attempt })),
    );
  }

  private async decideAndAppend(request: CaseCommandRequest, record: RecordAnswer | null): Promise<CaseCommandAnswer> {
    const { caseId, caller } = request;
    const stream: StreamName<'case'> = { kind: 'case', id: caseId };
    const history = await this.store.readStream(stream);
    const state: CaseState = foldCase(history.map(decodeCaseEvent));
    const firstEventId = randomUUID();
    const prepared = await request.prepare({ state, firstEventId });
    // After preparing (which stores nothing), so the check sees what the command asks: a referral's district, a correction's changes.
    assertCommandInScope(caller.user, caseId, prepared.intent, state);
    assertIfMatch(caseId, caller.ifMatch, history.length);
    const decided = decide({ ...prepared.intent, metadata: { now: this.clock.now().toISOString() } } as CaseCommand, state);
    if (decided.length === 0) throw new Error(`decide recorded nothing for ${prepared.intent.type}`);
    const events = decided.map((event, index) => recordedBy(caller, index === 0 ? firstEventId : randomUUID(), encodeCaseEvent(event)));
    const answerOf = (appended: AppendResult): CaseCommandAnswer => ({
      caseId,
      version: appended.nextVersion,
      position: Number(appended.position),
      eventIds: appended.events.map((e) => e.eventId),
      ...prepared.answer,
    });
    const writes: WriteBeside[] = [...(prepared.writes ?? [])];
    if (record) writes.push({ when: 'after', write: (client, appended) => record(client, answerOf(appended)) });
    const expected = history.length === 0 ? 'no_stream' : history.length;
    return answerOf(await this.recorder.record(stream, expected, events, writes));
  }
}
