import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { inTransaction, type Database } from '@casetrail/database';
import {
  CASE_EVENT_SCHEMA_VERSION, CaseRuleViolation, decide, foldCase,
  type CaseCommand, type CaseEvent, type CaseState,
} from '@casetrail/domain';
import {
  PostgresEventStore, WrongExpectedVersionError, type AppendResult, type EventStore, type NewEvent, type RecordedEvent,
} from '@casetrail/event-store';
import type { Configuration } from '../../config/configuration';
import { CLOCK, CONFIGURATION, DATABASE, EVENT_STORE } from '../../config/tokens';
import type { Clock } from '../../clock';
import { ApiError, forbidden } from '../../http/api-error';
import { IdempotencyStore } from '../../idempotency/idempotency.store';
import { PersonalDataVault, type PendingSubjectKey } from '../../personal-data/personal-data.vault';
import type { CaseCommandAnswer } from '../case-caller';
import { CaseEventRecorded } from '../case-event-recorded';
import { assertCommandInScope } from '../case-scope';
import type { CaseCommandMessage } from './case-command';

const versionConflict = (status: 409 | 412, caseId: string) =>
  new ApiError(status, 'VERSION_CONFLICT', `case ${caseId} changed since the version you read; read it again`);

/** Load the case, decide, append with the expected version, publish: the one path every command takes. */
@Injectable()
export class CaseCommandExecutor {
  private readonly logger = new Logger('Commands');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CONFIGURATION) private readonly config: Configuration,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly idempotency: IdempotencyStore,
    private readonly vault: PersonalDataVault,
    private readonly eventBus: EventBus,
  ) {}

  async execute(message: CaseCommandMessage): Promise<CaseCommandAnswer> {
    for (let attempt = 0; ; attempt++) {
      const replay = await this.replayed(message);
      if (replay) return replay;
      try {
        const { answer, events } = await this.attempt(message);
        this.eventBus.publishAll(events.map((event) => new CaseEventRecorded(event)));
        return answer;
      } catch (error) {
        // A twin request with the same Idempotency-Key may have stored first: answer as it did.
        const twin = error instanceof CaseRuleViolation ? await this.replayed(message) : null;
        if (twin) return twin;
        if (!this.isWriteRace(error)) throw error;
        if (message.caller.ifMatch !== null) throw versionConflict(412, message.caseId);
        if (attempt >= this.config.commandRetries) throw versionConflict(409, message.caseId);
        this.logger.debug({ msg: 'write race, retrying', caseId: message.caseId, attempt });
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
      }
    }
  }

  private async replayed(message: CaseCommandMessage): Promise<CaseCommandAnswer | null> {
    const claim = message.caller.idempotency;
    if (!claim) return null;
    const earlier = await this.idempotency.find(claim.userId, claim.key);
    if (!earlier) return null;
    if (earlier.requestHash !== claim.requestHash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another request');
    }
    return earlier.body as unknown as CaseCommandAnswer;
  }

  private async attempt(message: CaseCommandMessage): Promise<{ answer: CaseCommandAnswer; events: RecordedEvent[] }> {
    const { caseId, caller } = message;
    const history = await this.store.readStream(caseId);
    const state = foldCase(history.map((e) => ({ eventId: e.eventId, event: { type: e.type, data: e.data } as CaseEvent })));
    assertCommandInScope(message, state);
    this.assertMayRefer(message, state);
    const version = history.length;
    if (caller.ifMatch !== null && caller.ifMatch !== version) throw versionConflict(412, caseId);

    const firstEventId = randomUUID();
    const { intent, subjectRef, pendingKey } = this.sealPersonal(message, firstEventId);
    const command = { ...intent, metadata: { now: this.clock.now().toISOString() } } as CaseCommand;
    const decided = decide(command, state);
    if (decided.length === 0) throw new Error(`decide recorded nothing for ${command.type}`);
    const newEvents = decided.map((event, index): NewEvent => ({
      eventId: index === 0 ? firstEventId : randomUUID(),
      type: event.type,
      schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type],
      occurredAt: event.data.occurredAt,
      data: event.data as unknown as Record<string, unknown>,
      actor: { userId: caller.user.userId, role: caller.user.role },
      correlationId: caller.requestId,
      causationId: null,
    }));

    const answerOf = (appended: AppendResult): CaseCommandAnswer => ({
      caseId,
      version: appended.nextVersion,
      position: Number(appended.position),
      eventIds: appended.events.map((e) => e.eventId),
      ...message.created,
      ...(subjectRef ? { subjectRef } : {}),
    });
    const expected = version === 0 ? 'no_stream' : version;
    if (!(this.store instanceof PostgresEventStore)) return this.appendBesideTheDatabase(message, expected, newEvents, pendingKey, answerOf);

    // Events, the person's data key, the erasure and the idempotent answer: one transaction.
    return inTransaction(this.database.pool, async (client) => {
      const appended: AppendResult = await this.store.appendToStream(caseId, expected, newEvents, { client });
      const answer = answerOf(appended);
      if (pendingKey) await this.vault.storeKey(client, pendingKey, caseId);
      if (message.erasesSubject) await this.vault.destroyKey(client, message.erasesSubject);
      if (caller.idempotency) await this.idempotency.record(client, caller.idempotency, 201, answer);
      return { answer, events: [...appended.events] };
    }).then((done) => {
      (this.store as PostgresEventStore).announceCommit(); // committed: wake other processes' projectors
      return done;
    });
  }

  /**
   * An event store outside PostgreSQL (EventStoreDB) cannot join its transaction, so the writes are
   * ordered so that no failure loses personal data or keeps what was erased: the data key is stored
   * before the events that need it, an erased key destroyed before the event that says so, and the
   * idempotent answer recorded after the events (a failure there answers 500, and a retry decides anew).
   */
  private async appendBesideTheDatabase(
    message: CaseCommandMessage,
    expected: 'no_stream' | number,
    newEvents: NewEvent[],
    pendingKey: PendingSubjectKey | null,
    answerOf: (appended: AppendResult) => CaseCommandAnswer,
  ): Promise<{ answer: CaseCommandAnswer; events: RecordedEvent[] }> {
    const { caseId, caller } = message;
    if (pendingKey) await inTransaction(this.database.pool, (client) => this.vault.storeKey(client, pendingKey, caseId));
    if (message.erasesSubject) {
      const subject = message.erasesSubject;
      await inTransaction(this.database.pool, (client) => this.vault.destroyKey(client, subject));
    }
    const appended = await this.store.appendToStream(caseId, expected, newEvents);
    const answer = answerOf(appended);
    const claim = caller.idempotency;
    if (claim) await inTransaction(this.database.pool, (client) => this.idempotency.record(client, claim, 201, answer));
    return { answer, events: [...appended.events] };
  }

  private assertMayRefer(message: CaseCommandMessage, state: CaseState): void {
    const { user } = message.caller;
    if (message.intent.type !== 'ReferCase' || state.status !== 'not_referred' || user.district === null) return;
    if (message.intent.data.district !== user.district) {
      throw forbidden('DISTRICT_OUT_OF_SCOPE', `you may refer cases in ${user.district} only`);
    }
  }

  private sealPersonal(
    message: CaseCommandMessage,
    eventId: string,
  ): { intent: CaseCommandMessage['intent']; subjectRef: string | null; pendingKey: PendingSubjectKey | null } {
    const given = Object.entries(message.personal ?? {}).filter(([, value]) => typeof value === 'string' && value !== '');
    if (given.length === 0) return { intent: message.intent, subjectRef: null, pendingKey: null };
    const subjectRef = this.vault.newSubjectRef();
    const { sealed, pendingKey } = this.vault.sealForNewSubject(subjectRef, eventId, Object.fromEntries(given));
    const intent = { ...message.intent, data: { ...message.intent.data, subjectRef, personal: sealed } };
    return { intent: intent as CaseCommandMessage['intent'], subjectRef, pendingKey };
  }

  /** A concurrent writer got there first: on the stream's version, or on the same idempotency key. */
  private isWriteRace(error: unknown): boolean {
    if (error instanceof WrongExpectedVersionError) return true;
    const pg = error as { code?: string; constraint?: string };
    return pg.code === '23505' && pg.constraint === 'idempotency_keys_pkey';
  }
}
