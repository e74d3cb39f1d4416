import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { decide, decodeCaseEvent, encodeCaseEvent, foldCase, type CaseCommand, type District } from '@casetrail/domain';
import { WrongExpectedVersionError, type EventStore } from '@casetrail/event-store';
import type { CoveringCheckpoint } from '@casetrail/ledger';
import { caseListPosition, GovernmentActionReports, readCaseload, readSummonsesAt, reportCoverage } from '@casetrail/read-models';
import { reportingPeriod } from '@casetrail/reporting';

/** A caller as the bare server knows one: the users row its bearer token names. */
export interface BareUser {
  readonly userId: string;
  readonly role: string;
  readonly district: District | null;
}

export type Answer = { readonly status: number; readonly body: unknown };

/**
 * The bench's request mix answered with the same libraries the service uses (the domain's decide and fold,
 * the event store, the read-model queries, the report and its checkpoint), with no framework around them:
 * no guards, pipes, interceptors, validation, idempotency, access log or personal-data vault.
 */
export class BareAnswers {
  private readonly reports: GovernmentActionReports;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly checkpointKey: { readonly keyName: string; readonly keyId: string },
    private readonly checkpoints: CoveringCheckpoint,
  ) {
    this.reports = new GovernmentActionReports(pool);
  }

  /** Decides and appends; a concurrent writer to the case means read and decide again (up to 25 times, CASETRAIL_COMMAND_RETRIES's default), as the service does. */
  async command(user: BareUser, caseId: string, type: 'ReferCase' | 'IdentifyVictim', data: Record<string, unknown>): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.decideAndAppend(user, caseId, type, data);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= 25) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
      }
    }
  }

  private async decideAndAppend(user: BareUser, caseId: string, type: 'ReferCase' | 'IdentifyVictim', data: Record<string, unknown>): Promise<Answer> {
    const stream = { kind: 'case' as const, id: caseId };
    const history = await this.store.readStream(stream);
    const state = foldCase(history.map(decodeCaseEvent));
    const full = type === 'ReferCase' ? { ...data, caseId } : { ...data, victimRef: randomUUID() };
    const events = decide({ type, data: full, metadata: { now: new Date().toISOString() } } as CaseCommand, state);
    const appended = await this.store.appendToStream(stream, history.length === 0 ? 'no_stream' : history.length, events.map((event) => ({
      eventId: randomUUID(), ...encodeCaseEvent(event), actor: { userId: user.userId, role: user.role }, correlationId: randomUUID(), causationId: null,
    })));
    return { status: 201, body: { caseId, version: appended.nextVersion, position: Number(appended.position), eventIds: appended.events.map((e) => e.eventId) } };
  }

  async caseView(caseId: string, timeline: boolean): Promise<Answer> {
    const recorded = await this.store.readStream({ kind: 'case', id: caseId });
    if (recorded.length === 0) return { status: 404, body: { code: 'CASE_NOT_FOUND' } };
    if (timeline) return { status: 200, body: { version: recorded.length, events: recorded.map(({ data, ...event }) => ({ ...event, data })) } };
    return { status: 200, body: { version: recorded.length, ...foldCase(recorded.map(decodeCaseEvent)) } };
  }

  async caseload(user: BareUser): Promise<Answer> {
    return { status: 200, body: await readCaseload(this.pool, { district: user.district, stage: null, form: null }) };
  }

  /** As the service answers it: the summonses as they stand, pinned at the case list's position; the first page by return date. */
  async summonses(user: BareUser, district: string | null): Promise<Answer> {
    const filters = { status: null, court: null, district: (user.district ?? district) as District | null, dueWithinDays: null, servedLate: null };
    const at = { position: await caseListPosition(this.pool), asOf: null, knownAt: null };
    const { asOf, counts, rows } = await readSummonsesAt(this.pool, at, new Date().toISOString(), user.district, filters);
    const items = rows.sort((a, b) => a.returnDate.localeCompare(b.returnDate) || a.caseId.localeCompare(b.caseId)).slice(0, 50);
    return { status: 200, body: { asOf, counts, items } };
  }

  /** The report as known now, with the first signed checkpoint holding what it counted (waited for, bounded, as the service does). */
  async report(user: BareUser, periodName: string): Promise<Answer> {
    const now = new Date().toISOString();
    const report = await this.reports.report({ period: reportingPeriod(periodName), knownAt: null, now, district: user.district, donor: null });
    const question = { knownAt: report.knownAt, district: user.district, ...this.checkpointKey };
    const found = await this.checkpoints.of((through) => reportCoverage(this.pool, question, through));
    const checkpoint = found ? { treeSize: found.treeSize, rootHash: Buffer.from(found.rootHash).toString('base64') } : null;
    return { status: 200, body: { ...report, checkpoint } };
  }
}
