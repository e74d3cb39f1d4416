import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@casetrail/event-store';
import type { User } from '@casetrail/users';
import { EventRecorder } from '../cases/commands/path/event-recorder';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';

/**
 * Records that an answer showed personal data: who, when, which case, which subjects (never the data),
 * as an event of an `access` stream of its own, sealed in the ledger like every event. Called before
 * the answer is sent: an answer that could not be recorded is not sent.
 */
@Injectable()
export class AccessLog {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly recorder: EventRecorder,
  ) {}

  async personalDataShown(user: User, caseId: string, subjectRefs: readonly string[], requestId: string | null): Promise<void> {
    if (subjectRefs.length === 0) return;
    const shownAt = this.clock.now().toISOString();
    const event: NewEvent = {
      eventId: randomUUID(),
      type: 'PersonalDataShown',
      schemaVersion: 1,
      occurredAt: shownAt,
      data: { userId: user.userId, role: user.role, caseId, subjectRefs: [...subjectRefs], shownAt },
      actor: { userId: user.userId, role: user.role },
      correlationId: requestId ?? randomUUID(),
      causationId: null,
    };
    await this.recorder.record({ kind: 'access', id: event.eventId }, 'no_stream', [event], [
      {
        when: 'after',
        write: async (client) => {
          await client.query(
            `INSERT INTO access_log (event_id, user_id, role, case_id, subject_refs, shown_at) VALUES ($1, $2, $3, $4, $5, $6)`,
            [event.eventId, user.userId, user.role, caseId, [...subjectRefs], shownAt],
          );
        },
      },
    ]);
  }
}
