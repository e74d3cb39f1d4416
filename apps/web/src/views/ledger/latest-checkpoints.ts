import { apiPath } from '../../api/client';
import type { HistoricCheckpoint, ListPage } from '../../api/list-types';
import { fetchOnce, useLoaded, type Loaded } from '../../api/use-api';

/** How many of the latest checkpoints the ledger view lists. */
export const LATEST_CHECKPOINTS = 10;
const PAGE = 500;

/** Every checkpoint of at least `fromSize`, oldest first (the cursor followed to the end). */
async function checkpointsFrom(fromSize: number): Promise<HistoricCheckpoint[]> {
  const seen: HistoricCheckpoint[] = [];
  let cursor: string | null = null;
  do {
    const page: ListPage<HistoricCheckpoint> = await fetchOnce(apiPath('/v1/ledger/checkpoints', { fromSize, limit: PAGE, cursor }));
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

/**
 * The latest checkpoints, latest first. The API lists them oldest first from a tree size; rather than read the
 * whole history, the page asks from just below the latest tree size, reaching four times further back each
 * time until it has enough or has read from the start.
 */
export async function latestCheckpoints(treeSize: number): Promise<HistoricCheckpoint[]> {
  for (let reach = 1; ; reach *= 4) {
    const fromSize = Math.max(0, treeSize - reach);
    const seen = await checkpointsFrom(fromSize);
    if (seen.length >= LATEST_CHECKPOINTS || fromSize === 0) return seen.slice(-LATEST_CHECKPOINTS).reverse();
  }
}

export function useLatestCheckpoints(treeSize: number): Loaded<HistoricCheckpoint[]> {
  return useLoaded(treeSize, () => latestCheckpoints(treeSize));
}
