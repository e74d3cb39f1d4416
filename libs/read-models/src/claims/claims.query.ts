import type { Pool } from 'pg';
import type { ClaimOf } from '@casetrail/contract';
import type { ClaimAssertion } from '@casetrail/domain';
import type { ReportEvent } from '@casetrail/reporting';

/** A claim as recorded in the register. */
export type RecordedClaim = ClaimOf<ClaimAssertion>;

/** A report event with the district of its case (the report's scope is chosen per assertion). */
export type DistrictReportEvent = ReportEvent & { readonly district: string };

const SELECT_CLAIMS = `SELECT claim_id::text AS "claimId", event_id::text AS "eventId", recorded_at_text AS "recordedAt", claim FROM rm_claims_claims`;

type ClaimQueryRow = { claimId: string; eventId: string; recordedAt: string; claim: Omit<RecordedClaim, 'claimId' | 'eventId' | 'recordedAt'> };

const claimOf = ({ claimId, eventId, recordedAt, claim }: ClaimQueryRow): RecordedClaim => ({ claimId, eventId, ...claim, recordedAt });

/** Every claim recorded by `moment` (a walk through pages sees the register as it stood at its first page). */
export async function readClaims(pool: Pool, moment: string): Promise<RecordedClaim[]> {
  const { rows } = await pool.query<ClaimQueryRow>(`${SELECT_CLAIMS} WHERE recorded_at <= $1::timestamptz`, [moment]);
  return rows.map(claimOf);
}

/** One claim, or null when none has that id. */
export async function readClaim(pool: Pool, claimId: string): Promise<RecordedClaim | null> {
  const { rows } = await pool.query<ClaimQueryRow>(`${SELECT_CLAIMS} WHERE claim_id = $1::uuid`, [claimId]);
  return rows[0] ? claimOf(rows[0]) : null;
}

/** Every counted event recorded by `now` (in `district`, or everywhere), with its case's district: what claims are evaluated against. */
export async function readReportEvents(pool: Pool, now: string, district: string | null = null): Promise<DistrictReportEvent[]> {
  const { rows } = await pool.query<DistrictReportEvent>(
    `SELECT event_id AS "eventId", case_id AS "caseId", district, version, type, occurred_at AS "occurredAt",
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "recordedAt", data
     FROM rm_government_action_events WHERE recorded_at <= $1::timestamptz AND ($2::text IS NULL OR district = $2)`,
    [now, district],
  );
  return rows;
}
