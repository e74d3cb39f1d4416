import { decodeGlobalPosition, type GlobalPosition } from '@casetrail/event-store';
import { MerkleFrontier } from '../merkle/frontier';
import type { Queryable } from './queryable';

/** How far the sealer has got: the tree over the first `size` events of the global order. */
export interface SealedTree {
  readonly size: number;
  readonly rootHash: Uint8Array;
  /** The last sealed event's place in the global order; null before the first seal. */
  readonly lastPosition: GlobalPosition | null;
  readonly frontier: MerkleFrontier;
}

interface SealRow {
  tree_size: string;
  last_position: string;
  frontier: unknown;
}

/** The latest seal (one row per sealed batch). ORDER BY names are qualified: a bare one would sort the text alias. */
export async function readSealedTree(db: Queryable): Promise<SealedTree> {
  const { rows } = await db.query<SealRow>(
    'SELECT tree_size::text AS tree_size, last_position, frontier FROM ledger_seals ORDER BY ledger_seals.tree_size DESC LIMIT 1',
  );
  const row = rows[0];
  if (!row) {
    const frontier = MerkleFrontier.empty();
    return { size: 0, rootHash: frontier.root(), lastPosition: null, frontier };
  }
  const frontier = MerkleFrontier.fromJSON(row.frontier);
  if (frontier.size !== Number(row.tree_size)) {
    throw new Error(`ledger seal of size ${row.tree_size} holds a frontier of size ${frontier.size}`);
  }
  return { size: frontier.size, rootHash: frontier.root(), lastPosition: decodeGlobalPosition(row.last_position), frontier };
}

/** The size of the sealed tree, without its frontier. */
export async function sealedSize(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ size: string }>('SELECT coalesce(max(tree_size), 0)::text AS size FROM ledger_seals');
  return Number(rows[0]?.size ?? 0);
}
