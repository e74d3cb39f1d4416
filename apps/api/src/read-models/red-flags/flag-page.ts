import type { RedFlag } from '@casetrail/reporting';
import { ApiError } from '../../http/api-error';

/** Where a walk through the flags stands: the moment it looks at (pinned by the first page) and the last flag given. */
interface FlagCursor {
  readonly moment: string;
  readonly after: readonly [raisedAt: number, caseId: string, key: string];
}

const positionOf = (flag: RedFlag) => [Date.parse(flag.raisedAt), flag.caseId, flag.key] as const;

function compare(a: FlagCursor['after'], b: FlagCursor['after'], descending: boolean): number {
  const byTime = descending ? b[0] - a[0] : a[0] - b[0];
  return byTime || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]);
}

export function decodeFlagCursor(cursor: string): FlagCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as FlagCursor;
    const [time, caseId, key] = parsed.after;
    if (typeof parsed.moment !== 'string' || Number.isNaN(Date.parse(parsed.moment))) throw new Error('moment');
    if (typeof time !== 'number' || typeof caseId !== 'string' || typeof key !== 'string') throw new Error('after');
    return parsed;
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
      fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
    });
  }
}

/** One page of flags in order (ties by case and key), after the cursor's flag; the next cursor when more follow. */
export function flagPage(flags: readonly RedFlag[], moment: string, descending: boolean, limit: number, cursor: FlagCursor | null) {
  const sorted = [...flags].sort((a, b) => compare(positionOf(a), positionOf(b), descending));
  const rest = cursor ? sorted.filter((flag) => compare(positionOf(flag), cursor.after, descending) > 0) : sorted;
  const items = rest.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rest.length > limit && last
    ? Buffer.from(JSON.stringify({ moment, after: positionOf(last) } satisfies FlagCursor)).toString('base64url')
    : null;
  return { items, nextCursor };
}
