import { fromHex, toHex } from '../encoding';
import { MalformedError } from '../errors';
import { emptyRoot, HASH_SIZE, nodeHash } from './hashing';
import { assertTreeSize, frontierNodeIds, half, isOdd, isTreeSize, type NodeId } from './tree-math';

/** A perfect subtree's hash, addressed the way a node table stores it. */
export interface StoredNode extends NodeId {
  readonly hash: Uint8Array;
}

/** The storable form of a frontier: the tree size and the frontier hashes in hex, leftmost first. */
export interface MerkleFrontierJson {
  readonly size: number;
  readonly hashes: readonly string[];
}

/**
 * The compact range [0, size) of the log: one perfect-subtree hash per set bit of size.
 * It is all an appender needs to keep to extend the tree and compute its root, O(log n) each.
 */
export class MerkleFrontier {
  private constructor(
    private treeSize: number,
    private readonly hashes: Uint8Array[],
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  static fromLeafHashes(leaves: Iterable<Uint8Array>): MerkleFrontier {
    const frontier = MerkleFrontier.empty();
    for (const leaf of leaves) frontier.append(leaf);
    return frontier;
  }

  static fromJSON(json: unknown): MerkleFrontier {
    if (typeof json !== 'object' || json === null) throw new MalformedError('frontier must be an object');
    const { size, hashes } = json as Partial<Record<keyof MerkleFrontierJson, unknown>>;
    if (typeof size !== 'number' || !isTreeSize(size)) throw new MalformedError('frontier size must be a non-negative safe integer');
    if (!Array.isArray(hashes) || !hashes.every((h): h is string => typeof h === 'string')) {
      throw new MalformedError('frontier hashes must be an array of hex strings');
    }
    const expected = frontierNodeIds(size).length;
    if (hashes.length !== expected) {
      throw new MalformedError(`a frontier of size ${size} has ${expected} hashes, got ${hashes.length}`);
    }
    const decoded = hashes.map((h) => fromHex(h));
    if (decoded.some((h) => h.length !== HASH_SIZE)) throw new MalformedError(`frontier hashes must be ${HASH_SIZE} bytes`);
    return new MerkleFrontier(size, decoded);
  }

  get size(): number {
    return this.treeSize;
  }

  /**
   * Appends a leaf hash and returns every node the append completed, the leaf itself first,
   * so a store can persist them and later answer proofs without re-reading leaves.
   */
  append(leafHash: Uint8Array): StoredNode[] {
    if (leafHash.length !== HASH_SIZE) throw new RangeError(`leaf hash must be ${HASH_SIZE} bytes, got ${leafHash.length}`);
    assertTreeSize('tree size after append', this.treeSize + 1);
    let hash: Uint8Array = Uint8Array.from(leafHash);
    let level = 0;
    let index = this.treeSize;
    const completed: StoredNode[] = [{ level, index, hash }];
    while (isOdd(index)) {
      hash = nodeHash(this.hashes.pop()!, hash);
      level += 1;
      index = half(index);
      completed.push({ level, index, hash });
    }
    this.hashes.push(hash);
    this.treeSize += 1;
    return completed;
  }

  root(): Uint8Array {
    if (this.hashes.length === 0) return emptyRoot();
    let acc = this.hashes[this.hashes.length - 1]!;
    for (let i = this.hashes.length - 2; i >= 0; i--) acc = nodeHash(this.hashes[i]!, acc);
    return acc;
  }

  /** The frontier's perfect subtrees with their node ids, leftmost (largest) first. */
  nodes(): StoredNode[] {
    return frontierNodeIds(this.treeSize).map((id, i) => ({ ...id, hash: Uint8Array.from(this.hashes[i]!) }));
  }

  clone(): MerkleFrontier {
    return new MerkleFrontier(this.treeSize, this.hashes.map((h) => Uint8Array.from(h)));
  }

  toJSON(): MerkleFrontierJson {
    return { size: this.treeSize, hashes: this.hashes.map(toHex) };
  }
}
