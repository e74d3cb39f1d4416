import { MissingNodeError } from '../errors';
import { MerkleFrontier, type StoredNode } from './frontier';
import type { NodeId } from './tree-math';

/**
 * Read access to stored perfect-subtree hashes (a node table keyed by level and index).
 * Proof builders ask once per proof, with every node they need, so a database can answer
 * in one round trip; only nodes of perfect subtrees are ever requested.
 */
export interface NodeSource {
  /** The hashes of the given nodes, in request order; rejects rather than guesses when one is unknown. */
  getNodeHashes(ids: readonly NodeId[]): Promise<readonly Uint8Array[]>;
}

export function nodeKey(id: NodeId): string {
  return `${id.level}:${id.index}`;
}

/** A node table in memory, filled the way the ledger's writer fills its table: from frontier appends. */
export class InMemoryNodeSource implements NodeSource {
  private readonly stored = new Map<string, Uint8Array>();
  private readonly frontier = MerkleFrontier.empty();
  /** Each getNodeHashes call's ids, so tests can check how much a proof reads. */
  readonly requests: NodeId[][] = [];

  static fromLeafHashes(leaves: Iterable<Uint8Array>): InMemoryNodeSource {
    const source = new InMemoryNodeSource();
    for (const leaf of leaves) source.append(leaf);
    return source;
  }

  get size(): number {
    return this.frontier.size;
  }

  append(leafHash: Uint8Array): StoredNode[] {
    const completed = this.frontier.append(leafHash);
    for (const node of completed) this.stored.set(nodeKey(node), node.hash);
    return completed;
  }

  root(): Uint8Array {
    return this.frontier.root();
  }

  async getNodeHashes(ids: readonly NodeId[]): Promise<readonly Uint8Array[]> {
    this.requests.push(ids.map(({ level, index }) => ({ level, index })));
    return ids.map((id) => {
      const hash = this.stored.get(nodeKey(id));
      if (!hash) throw new MissingNodeError(id.level, id.index);
      return hash;
    });
  }
}
