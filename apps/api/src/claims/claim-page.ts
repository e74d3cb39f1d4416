import type { RecordedClaim } from '@casetrail/read-models';
import { ApiError } from '../http/api-error';
import type { ClaimSort } from './claims-query.dto';

/** Where a walk through the register stands: the moment its first page saw, the order, and the last claim given. */
interface ClaimCursor {
  readonly moment: string;
  readonly sort: ClaimSort;
  readonly after: readonly [time: number, claimId: string];
}

const positionOf = (claim: RecordedClaim, sort: ClaimSort) =>
  [Date.parse(sort.endsWith('madeAt') ? claim.madeAt : claim.recordedAt), claim.claimId] as const;

function compare(a: ClaimCursor['after'], b: ClaimCursor['after'], sort: ClaimSort): number {
  const byTime = sort.startsWith('-') ? b[0] - a[0] : a[0] - b[0];
  return byTime || a[1].localeCompare(b[1]);
}

export function decodeClaimCursor(cursor: string): ClaimCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ClaimCursor;
    const [time, claimId] = parsed.after;
    if (typeof parsed.moment !== 'string' || Number.isNaN(Date.parse(parsed.moment))) throw new Error('moment');
    if (!['madeAt', '-madeAt', 'recordedAt', '-recordedAt'].includes(parsed.sort)) throw new Error('sort');
    if (typeof time !== 'number' || typeof claimId !== 'string') throw new Error('after');
    return parsed;
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
      fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
    });
  }
}

/** One page of claims in order (ties by id), after the cursor's claim; the next cursor when more follow. */
export function claimPage(claims: readonly RecordedClaim[], moment: string, sort: ClaimSort, limit: number, cursor: ClaimCursor | null) {
  const sorted = [...claims].sort((a, b) => compare(positionOf(a, sort), positionOf(b, sort), sort));
  const rest = cursor ? sorted.filter((claim) => compare(positionOf(claim, sort), cursor.after, sort) > 0) : sorted;
  const items = rest.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rest.length > limit && last
    ? Buffer.from(JSON.stringify({ moment, sort, after: positionOf(last, sort) } satisfies ClaimCursor)).toString('base64url')
    : null;
  return { items, nextCursor };
}
