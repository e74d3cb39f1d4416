import { CASE_STAGES, decodeCaseEvent, foldCase, instantOf, isCaseRecord, occurredBy } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';
import { caseRedFlags, flagsAsOf, isOpenAt } from '@casetrail/reporting';

/** A case as `GET /v1/cases` lists it. */
export interface ListedItem {
  caseId: string; district: string; form: string; stage: string; referredAt: string; lastEventAt: string;
  accusedCount: number; openFlags: string[];
}

export interface ListedAt {
  readonly asOf: string | null;
  readonly knownAt: string | null;
  /** When flags are looked at. */
  readonly moment: string;
}

/** The case as the list should show it, computed from its stored events by the domain's fold; null when not on the list then. */
export function referenceItem(caseId: string, stream: readonly RecordedEvent[], at: ListedAt): ListedItem | null {
  const known = stream.filter(isCaseRecord).filter((e) => at.knownAt === null || Date.parse(e.recordedAt) <= Date.parse(at.knownAt)).map(decodeCaseEvent);
  const state = foldCase(at.asOf === null ? known : occurredBy(known, at.asOf));
  if (state.status !== 'existing') return null;
  const flags = caseRedFlags(caseId, known.map(({ eventId, recordedAt, event }) => ({ eventId, recordedAt, event })));
  const open = flagsAsOf(flags, at.moment).filter((flag) => isOpenAt(flag, at.moment)).map((flag) => flag.kind);
  return {
    caseId, district: state.district, form: state.form, stage: state.stage, referredAt: state.referredAt,
    lastEventAt: state.lastOccurredAt, accusedCount: Object.keys(state.accused).length, openFlags: [...new Set(open)].sort(),
  };
}

const SORT_VALUE: Record<string, (item: ListedItem) => number | string> = {
  referredAt: (item) => instantOf(item.referredAt),
  lastEventAt: (item) => instantOf(item.lastEventAt),
  district: (item) => item.district,
  stage: (item) => CASE_STAGES.indexOf(item.stage as (typeof CASE_STAGES)[number]),
};

/** The items in the order `sort` (`field` or `-field`) asks, ties by case id (descending flips both). */
export function sortedAs(items: readonly ListedItem[], sort: string): ListedItem[] {
  const descending = sort.startsWith('-');
  const value = SORT_VALUE[descending ? sort.slice(1) : sort]!;
  const ascending = (a: ListedItem, b: ListedItem) => {
    const [x, y] = [value(a), value(b)];
    if (x !== y) return x < y ? -1 : 1;
    return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
  };
  return [...items].sort((a, b) => (descending ? -ascending(a, b) : ascending(a, b)));
}
