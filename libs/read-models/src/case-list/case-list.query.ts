import type { Pool } from 'pg';
import type { CaseListItem } from '@casetrail/contract';
import { instantOf, type CaseStage, type District, type Form } from '@casetrail/domain';
import type { FlagKind } from '@casetrail/reporting';
import { openFlagKindsAsKnown } from '../red-flags/red-flags.query';
import { casesRefolded, pinnedParameters, STORED_AS_THEN, type PinnedMoment } from './cases-at';
import { stageRank, type ListedCase } from './listed-case';
import { afterKey, compareCaseKeys, dayEnd, dayStart, SORT_COLUMNS, type CaseKey, type CaseSortField } from './case-list.sort';

export interface CaseListFilters {
  readonly district: District | null;
  readonly stage: CaseStage | null;
  readonly form: Form | null;
  /** Lesotho days, inclusive. */
  readonly referredFrom: string | null;
  readonly referredTo: string | null;
  /** Only cases with a flag of this kind open. */
  readonly flag: FlagKind | null;
}

export interface CaseListQuestion {
  /** The list as it stood at this read-model position, as known at `knownAt`, as the world stood at `asOf`. */
  readonly at: PinnedMoment;
  /** When flags are looked at: asOf, or knownAt, or the first page's now. */
  readonly moment: string;
  readonly filters: CaseListFilters;
  /** A district-scoped caller's district: a case is theirs only while it is in their district now. */
  readonly scope: District | null;
  readonly sort: CaseSortField;
  readonly descending: boolean;
  readonly after: CaseKey | null;
  readonly limit: number;
}

export type { CaseListItem } from '@casetrail/contract';

export interface CaseListPage {
  readonly items: CaseListItem[];
  /** The last item's key when more items follow. */
  readonly next: CaseKey | null;
}

/**
 * One page of the case list. Rows untouched since the pinned position (and wholly known and occurred by
 * `knownAt` and `asOf`) are the case as it stood then, and are paged in SQL; the few others are folded
 * again from their kept events as they stood, and merged in.
 */
export async function readCaseList(pool: Pool, question: CaseListQuestion): Promise<CaseListPage> {
  const [stored, refolded] = await Promise.all([storedPage(pool, question), refoldedCases(pool, question)]);
  const direction = question.descending ? -1 : 1;
  const merged = [...stored, ...refolded]
    .map((listed) => ({ listed, key: keyOf(listed, question.sort) }))
    .sort((a, b) => direction * compareCaseKeys(a.key, b.key))
    .slice(0, question.limit + 1);
  const page = merged.slice(0, question.limit);
  const flags = await openFlagKindsAsKnown(pool, page.map(({ listed }) => listed.caseId), question.moment, question.at.knownAt);
  return {
    items: page.map(({ listed }) => ({ ...listed, openFlags: flags.get(listed.caseId) ?? [] })),
    next: merged.length > question.limit ? page[page.length - 1]!.key : null,
  };
}

export function keyOf(listed: ListedCase, sort: CaseSortField): CaseKey {
  const value = sort === 'referredAt' ? instantOf(listed.referredAt)
    : sort === 'lastEventAt' ? instantOf(listed.lastEventAt)
      : sort === 'stage' ? stageRank(listed.stage) : listed.district;
  return [value, listed.caseId];
}

async function storedPage(pool: Pool, { at, filters, sort, descending, after, limit, moment }: CaseListQuestion): Promise<ListedCase[]> {
  const column = SORT_COLUMNS[sort];
  const order = descending ? 'DESC' : 'ASC';
  const values: unknown[] = [
    ...pinnedParameters(at), filters.district, filters.stage, filters.form,
    filters.referredFrom === null ? null : dayStart(filters.referredFrom), filters.referredTo === null ? null : dayEnd(filters.referredTo),
    filters.flag, moment, limit + 1,
  ];
  const keyset = after === null ? '' : `AND ${afterKey(column, descending, values.push(after[0]), values.push(after[1]))}`;
  const { rows } = await pool.query<ListedCase>(
    `SELECT case_id::text AS "caseId", district, form, stage, referred_at_text AS "referredAt", last_event_at_text AS "lastEventAt",
            accused_count AS "accusedCount"
     FROM rm_case_list_cases c
     WHERE ${STORED_AS_THEN}
       AND ($5::text IS NULL OR district = $5) AND ($6::text IS NULL OR stage = $6) AND ($7::text IS NULL OR form = $7)
       AND ($8::bigint IS NULL OR referred_ms >= $8) AND ($9::bigint IS NULL OR referred_ms < $9)
       AND ($10::text IS NULL OR EXISTS (
             SELECT 1 FROM rm_red_flags_flags f WHERE f.case_id = c.case_id AND f.kind = $10
               AND f.raised_at <= $11::timestamptz AND (f.cleared_at IS NULL OR f.cleared_at > $11::timestamptz)))
       ${keyset}
     ORDER BY ${column.sql} ${order}, case_id ${order}
     LIMIT $12`,
    values,
  );
  return rows;
}

/** The cases changed since the pinned position, or not wholly known or occurred by the moments asked: folded as they stood. */
async function refoldedCases(pool: Pool, question: CaseListQuestion): Promise<ListedCase[]> {
  const { at, filters, scope, sort, descending, after } = question;
  const refolded = await casesRefolded(pool, at, scope);
  const from = filters.referredFrom === null ? -Infinity : dayStart(filters.referredFrom);
  const to = filters.referredTo === null ? Infinity : dayEnd(filters.referredTo);
  const direction = descending ? -1 : 1;
  const listed = refolded
    .map((c) => c.listed)
    .filter((c) => (filters.district === null || c.district === filters.district) && (filters.stage === null || c.stage === filters.stage)
      && (filters.form === null || c.form === filters.form) && instantOf(c.referredAt) >= from && instantOf(c.referredAt) < to
      && (after === null || direction * compareCaseKeys(keyOf(c, sort), after) > 0));
  if (filters.flag === null || listed.length === 0) return listed;
  const flags = await openFlagKindsAsKnown(pool, listed.map((c) => c.caseId), question.moment, at.knownAt);
  return listed.filter((c) => flags.get(c.caseId)?.includes(filters.flag!) ?? false);
}
