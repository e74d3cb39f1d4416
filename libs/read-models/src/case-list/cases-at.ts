import type { Pool } from 'pg';
import { instantOf, type District } from '@casetrail/domain';
import { decodeGlobalPosition, encodeGlobalPosition, type GlobalPosition } from '@casetrail/event-store';
import { caseAt, type CaseAt, type ListedCase, type ListedEvent, type ListMoment } from './listed-case';

/** Where a list looks: a read-model position (pinned by its first page), and asOf and knownAt. */
export type PinnedMoment = ListMoment & { readonly position: GlobalPosition };

/** The read-model position a first page pins: the last event the case list has applied (events apply in the global order). */
export async function caseListPosition(pool: Pool): Promise<GlobalPosition> {
  const { rows } = await pool.query<{ position: string }>(
    `SELECT position_major || ':' || position_minor AS position FROM rm_case_list_cases
     ORDER BY position_major DESC, position_minor DESC LIMIT 1`,
  );
  return decodeGlobalPosition(rows[0]?.position ?? '0:0');
}

const msOrNull = (moment: string | null) => (moment === null ? null : instantOf(moment));

/** The SQL parameters $1-$4 of a pinned moment: the position's two numbers, knownAt and asOf in milliseconds. */
export const pinnedParameters = (at: PinnedMoment) => [...encodeGlobalPosition(at.position).split(':'), msOrNull(at.knownAt), msOrNull(at.asOf)];

/** SQL: a row that is the case as it stood at the pinned moment (untouched since the position, wholly known and occurred by then). */
export const STORED_AS_THEN = `(position_major, position_minor) <= ($1::bigint, $2::bigint)
  AND ($3::bigint IS NULL OR last_recorded_ms <= $3) AND ($4::bigint IS NULL OR last_event_ms <= $4)`;

/**
 * The cases whose rows are not as they stood at the pinned moment (changed since the position, or not
 * wholly known or occurred by knownAt and asOf), folded again from their kept events as they stood;
 * cases not yet referred then are left out, and a scoped caller's only while in their district now.
 */
export async function casesRefolded(pool: Pool, at: PinnedMoment, scope: District | null): Promise<CaseAt[]> {
  const { rows } = await pool.query<{ caseId: string; events: ListedEvent[] }>(
    `SELECT case_id::text AS "caseId", events FROM rm_case_list_cases
     WHERE ((position_major, position_minor) > ($1::bigint, $2::bigint)
             OR coalesce(last_recorded_ms > $3::bigint, false) OR coalesce(last_event_ms > $4::bigint, false))
       AND NOT ((position_major, position_minor) <= ($1::bigint, $2::bigint)
                AND (coalesce(first_recorded_ms > $3::bigint, false) OR coalesce(referred_ms > $4::bigint, false)))
       AND ($5::text IS NULL OR district = $5)`,
    [...pinnedParameters(at), scope],
  );
  return rows.map((row) => caseAt(row.caseId, row.events, at)).filter((c): c is CaseAt => c !== null);
}

/** What the backlog and summonses lists read of a case: all of it but its events. */
const CASE_AT_COLUMNS = `case_id::text AS "caseId", district, form, stage, referred_at_text AS "referredAt",
  last_event_at_text AS "lastEventAt", accused_count AS "accusedCount", before_dpp_since AS "beforeDppSince", summonses,
  closed_at AS "closedAt", dispositions`;

/**
 * Every case (of a district, if given; with a docket before the DPP, or with a summons, if asked), as it stood at
 * the pinned moment: stored rows where they are the case as it stood, refolded cases where not.
 */
export async function casesAt(
  pool: Pool, at: PinnedMoment, scope: District | null, district: District | null, having: 'docket_before_dpp' | 'summonses' | 'anything',
): Promise<CaseAt[]> {
  const has = { docket_before_dpp: 'before_dpp_since IS NOT NULL', summonses: `summonses <> '[]'::jsonb`, anything: 'true' }[having];
  const [{ rows }, refolded] = await Promise.all([
    pool.query<ListedCase & Omit<CaseAt, 'listed'>>(
      `SELECT ${CASE_AT_COLUMNS} FROM rm_case_list_cases WHERE ${STORED_AS_THEN} AND ${has} AND ($5::text IS NULL OR district = $5)`,
      [...pinnedParameters(at), district],
    ),
    casesRefolded(pool, at, scope),
  ]);
  const stored = rows.map(({ beforeDppSince, summonses, closedAt, dispositions, ...listed }) =>
    ({ listed, beforeDppSince, summonses, closedAt, dispositions }));
  const inDistrict = refolded.filter((c) => district === null || c.listed.district === district);
  return [...stored, ...inDistrict];
}
