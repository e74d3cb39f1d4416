import { MissingNodeError } from '../errors';
import { toHex } from '../encoding';
import type { StoredNode } from '../merkle/frontier';
import type { NodeSource } from '../merkle/node-source';
import type { NodeId } from '../merkle/tree-math';
import type { Queryable } from './queryable';

/** The ledger_nodes table as a NodeSource: every proof's nodes in one query. */
export class PostgresNodeSource implements NodeSource {
  constructor(private readonly db: Queryable) {}

  async getNodeHashes(ids: readonly NodeId[]): Promise<readonly Uint8Array[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<{ ord: string; hash: Buffer | null }>(
      `SELECT wanted.ord, n.hash
         FROM unnest($1::smallint[], $2::bigint[]) WITH ORDINALITY AS wanted(level, node_index, ord)
         LEFT JOIN ledger_nodes n ON n.level = wanted.level AND n.node_index = wanted.node_index
        ORDER BY wanted.ord`,
      [ids.map((id) => id.level), ids.map((id) => String(id.index))],
    );
    return rows.map((row, i) => {
      if (!row.hash) throw new MissingNodeError(ids[i]!.level, ids[i]!.index);
      return new Uint8Array(row.hash);
    });
  }
}

/** Stores the nodes a batch of appends completed (inside the sealer's transaction). */
export async function insertNodes(db: Queryable, nodes: readonly StoredNode[]): Promise<void> {
  if (nodes.length === 0) return;
  await db.query(
    `INSERT INTO ledger_nodes (level, node_index, hash)
     SELECT level, node_index, decode(hash, 'hex') FROM unnest($1::smallint[], $2::bigint[], $3::text[]) AS n(level, node_index, hash)`,
    [nodes.map((n) => n.level), nodes.map((n) => String(n.index)), nodes.map((n) => toHex(n.hash))],
  );
}
