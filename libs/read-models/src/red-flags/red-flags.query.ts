import type { Pool } from 'pg';
import type { District } from '@casetrail/domain';
import {
  caseRedFlags, flagsAsOf, isOpenAt, type FlagKind, type RecordedCaseEvent, type RedFlag,
} from '@casetrail/reporting';

export interface RedFlagQuestion {
  /** The moment the world is seen at (asOf, or knownAt, or now). */
  readonly moment: string;
  /** The record as it stood then; null: as known now. */
  readonly knownAt: string | null;
  readonly district: District | null;
  readonly kind: FlagKind | null;
  /** Open flags only. */
  readonly open: boolean;
}

/** The red flags that hold or held at `moment`, each as it stood then (a clearing still to come left out). */
export async function readRedFlags(pool: Pool, question: RedFlagQuestion): Promise<RedFlag[]> {
  const flags = question.knownAt === null ? await storedFlags(pool, question) : await flagsKnownAt(pool, question, question.knownAt);
  const asOf = flagsAsOf(flags, question.moment).filter((flag) => question.kind === null || flag.kind === question.kind);
  return question.open ? asOf.filter((flag) => isOpenAt(flag, question.moment)) : asOf;
}

async function storedFlags(pool: Pool, question: RedFlagQuestion): Promise<RedFlag[]> {
  const { rows } = await pool.query<RedFlag>(
    `SELECT case_id::text AS "caseId", kind, ref, flag_key AS key, raised_at_text AS "raisedAt",
            cleared_at_text AS "clearedAt", event_ids AS "eventIds"
     FROM rm_red_flags_flags
     WHERE raised_at <= $1::timestamptz AND ($2::text IS NULL OR district = $2) AND ($3::text IS NULL OR kind = $3)`,
    [question.moment, question.district, question.kind],
  );
  return rows;
}

/** The flags as the record stood at `knownAt`, recomputed from each case's fold. */
async function flagsKnownAt(pool: Pool, question: RedFlagQuestion, knownAt: string): Promise<RedFlag[]> {
  const { rows } = await pool.query<{ caseId: string; events: RecordedCaseEvent[] }>(
    `SELECT case_id::text AS "caseId", events FROM rm_red_flags_cases WHERE ($1::text IS NULL OR district = $1)`,
    [question.district],
  );
  return rows.flatMap((row) => caseRedFlags(row.caseId, row.events, { knownAt }));
}

/** The kinds of flag open on each of these cases at `moment` (for a list of cases); a case without any is absent. */
export async function openFlagKinds(pool: Pool, caseIds: readonly string[], moment: string): Promise<Map<string, FlagKind[]>> {
  const { rows } = await pool.query<{ caseId: string; kinds: FlagKind[] }>(
    `SELECT case_id::text AS "caseId", array_agg(DISTINCT kind COLLATE "C" ORDER BY kind COLLATE "C") AS kinds
     FROM rm_red_flags_flags
     WHERE case_id = ANY($1::uuid[]) AND raised_at <= $2::timestamptz AND (cleared_at IS NULL OR cleared_at > $2::timestamptz)
     GROUP BY case_id`,
    [caseIds, moment],
  );
  return new Map(rows.map((row) => [row.caseId, row.kinds]));
}

/** The kinds of flag open on each of these cases at `moment` as the record stood at `knownAt` (null: as known now). */
export async function openFlagKindsAsKnown(
  pool: Pool, caseIds: readonly string[], moment: string, knownAt: string | null,
): Promise<Map<string, FlagKind[]>> {
  if (knownAt === null) return openFlagKinds(pool, caseIds, moment);
  const { rows } = await pool.query<{ caseId: string; events: RecordedCaseEvent[] }>(
    `SELECT case_id::text AS "caseId", events FROM rm_red_flags_cases WHERE case_id = ANY($1::uuid[])`,
    [caseIds],
  );
  const open = rows.map((row) => {
    const flags = flagsAsOf(caseRedFlags(row.caseId, row.events, { knownAt }), moment).filter((flag) => isOpenAt(flag, moment));
    return [row.caseId, [...new Set(flags.map((flag) => flag.kind))].sort()] as const;
  });
  return new Map(open.filter(([, kinds]) => kinds.length > 0));
}
