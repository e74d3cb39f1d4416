import type { Pool } from 'pg';
import type { District } from '@casetrail/domain';
import { caseFactsAsKnownAt, type CaseFacts, type ReportEvent } from '@casetrail/reporting';

const COLUMNS = `event_id AS "eventId", case_id AS "caseId", version, type, occurred_at AS "occurredAt",
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "recordedAt", data`;

/** What the report counts as known at a moment: every counted event recorded by then, in a district or all. */
export async function countedEvents(pool: Pool, knownAt: string, district: District | null, caseIds?: readonly string[]): Promise<ReportEvent[]> {
  const { rows } = await pool.query<ReportEvent>(
    `SELECT ${COLUMNS} FROM rm_government_action_events
     WHERE recorded_at <= $1::timestamptz AND ($2::text IS NULL OR district = $2)
       AND ($3::uuid[] IS NULL OR case_id = ANY($3::uuid[]))`,
    [knownAt, district, caseIds ?? null],
  );
  return rows;
}

interface Kept {
  readonly signature: string;
  /** Null when nothing of the case counts yet (only corrections of it are on the record). */
  readonly facts: CaseFacts | null;
}

/**
 * Each case's facts as known now, kept per case while its counted events do not change: an event applied
 * to one case recomputes that case only, not every case of the record. A case's copies are only ever
 * added to (or moved to another district), so their count, latest recording and district say whether
 * they changed.
 */
export class CurrentCaseFacts {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly pool: Pool) {}

  /** The facts of every case in `district` (or all), as known at `now`, and the latest recordedAt among them. */
  async asKnownAt(now: string, district: District | null): Promise<{ cases: CaseFacts[]; latestRecordedAt: number }> {
    const { rows: cases } = await this.pool.query<{ caseId: string; signature: string; latest: number }>(
      `SELECT case_id::text AS "caseId", (extract(epoch FROM max(recorded_at)) * 1000)::float8 AS latest,
              concat_ws('|', count(*), sum(version), max(recorded_at), min(district), max(district)) AS signature
       FROM rm_government_action_events
       WHERE recorded_at <= $1::timestamptz AND ($2::text IS NULL OR district = $2)
       GROUP BY case_id`,
      [now, district],
    );
    const changed = cases.filter((c) => this.kept.get(c.caseId)?.signature !== c.signature);
    if (changed.length > 0) {
      const events = await countedEvents(this.pool, now, district, changed.map((c) => c.caseId));
      const facts = new Map(caseFactsAsKnownAt(events, now).map((f) => [f.caseId, f]));
      for (const { caseId, signature } of changed) this.kept.set(caseId, { signature, facts: facts.get(caseId) ?? null });
    }
    return {
      cases: cases.flatMap((c) => this.kept.get(c.caseId)?.facts ?? []),
      latestRecordedAt: cases.reduce((latest, c) => Math.max(latest, c.latest), 0),
    };
  }
}
