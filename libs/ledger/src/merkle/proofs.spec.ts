import { toHex } from '../encoding';
import { MissingNodeError } from '../errors';
import { CONSISTENCY_PROOFS, INCLUSION_PROOFS, LEAF_INPUTS, ROOT_HASHES } from '../testing/transparency-dev-vectors';
import { makeLeafHashes } from '../testing/random';
import { leafHash } from './hashing';
import { InMemoryNodeSource } from './node-source';
import { consistencyProof, inclusionProof, treeRoot } from './proofs';
import type { NodeId } from './tree-math';

const hex = (hashes: readonly Uint8Array[]): string[] => hashes.map(toHex);
const sortedIds = (ids: readonly NodeId[]): string[] => ids.map(({ level, index }) => `${level}:${index}`).sort();
const ids = (...pairs: [number, number][]): string[] => sortedIds(pairs.map(([level, index]) => ({ level, index })));

describe('proof generation from stored nodes', () => {
  const vectorSource = InMemoryNodeSource.fromLeafHashes(LEAF_INPUTS.map(leafHash));

  it.each(INCLUSION_PROOFS.map((v) => [v.index, v.size, v] as const))(
    'given the transparency-dev tree, when proving leaf %i in size %i, then the audit path is the verify_test.go vector',
    async (index, size, vector) => {
      expect(hex(await inclusionProof(index, size, vectorSource))).toEqual(vector.proof);
    },
  );

  it.each(CONSISTENCY_PROOFS.map((v) => [v.size1, v.size2, v] as const))(
    'given the transparency-dev tree, when proving %i -> %i, then the proof is the verify_test.go vector',
    async (size1, size2, vector) => {
      expect(hex(await consistencyProof(size1, size2, vectorSource))).toEqual(vector.proof);
    },
  );

  it.each(ROOT_HASHES.map((root, size) => [size, root] as const))(
    'given the transparency-dev tree, when asking the stored nodes for the root at size %i, then it is RootHashes()[size]',
    async (size, root) => {
      expect(toHex(await treeRoot(size, vectorSource))).toBe(root);
    },
  );

  // The node sets of transparency-dev/merkle proof/proof_test.go TestInclusion and TestConsistency:
  // the stored perfect subtrees a proof is built from (its "rehash" cases fold two of them).
  describe('node reads', () => {
    const source = InMemoryNodeSource.fromLeafHashes(makeLeafHashes(95));
    const lastRequest = (): string[] => sortedIds(source.requests.at(-1) ?? []);

    it.each([
      [2, 0, ids([0, 1])],
      [2, 1, ids([0, 0])],
      [3, 1, ids([0, 0], [0, 2])],
      [7, 0, ids([0, 1], [1, 1], [0, 6], [1, 2])],
      [7, 1, ids([0, 0], [1, 1], [0, 6], [1, 2])],
      [7, 2, ids([0, 3], [1, 0], [0, 6], [1, 2])],
      [7, 3, ids([0, 2], [1, 0], [0, 6], [1, 2])],
      [7, 4, ids([0, 5], [0, 6], [2, 0])],
      [7, 5, ids([0, 4], [0, 6], [2, 0])],
      [7, 6, ids([1, 2], [2, 0])],
      [4, 2, ids([0, 3], [1, 0])],
      [5, 3, ids([0, 2], [1, 0], [0, 4])],
      [6, 3, ids([0, 2], [1, 0], [1, 2])],
      [6, 4, ids([0, 5], [2, 0])],
      [15, 10, ids([0, 11], [1, 4], [0, 14], [1, 6], [3, 0])],
      [31, 24, ids([0, 25], [1, 13], [0, 30], [1, 14], [3, 2], [4, 0])],
      [95, 81, ids([0, 80], [1, 41], [2, 21], [0, 94], [1, 46], [2, 22], [4, 4], [6, 0])],
    ] as const)('given size %i, when proving leaf %i, then exactly the TestInclusion nodes are read, in one request', async (size, index, expected) => {
      const before = source.requests.length;
      await inclusionProof(index, size, source);
      expect(source.requests.length).toBe(before + 1);
      expect(lastRequest()).toEqual(expected);
    });

    it.each([
      [1, 2, ids([0, 1])],
      [1, 4, ids([0, 1], [1, 1])],
      [1, 6, ids([0, 1], [1, 1], [1, 2])],
      [2, 3, ids([0, 2])],
      [2, 8, ids([1, 1], [2, 1])],
      [3, 7, ids([0, 2], [0, 3], [1, 0], [0, 6], [1, 2])],
      [4, 7, ids([0, 6], [1, 2])],
      [5, 7, ids([0, 4], [0, 5], [0, 6], [2, 0])],
      [6, 7, ids([1, 2], [0, 6], [2, 0])],
      [7, 8, ids([0, 6], [0, 7], [1, 2], [2, 0])],
      [2, 4, ids([1, 1])],
      [3, 5, ids([0, 2], [0, 3], [1, 0], [0, 4])],
      [3, 6, ids([0, 2], [0, 3], [1, 0], [1, 2])],
      [4, 6, ids([1, 2])],
      [1, 7, ids([0, 1], [1, 1], [0, 6], [1, 2])],
      [10, 15, ids([1, 4], [1, 5], [0, 14], [1, 6], [3, 0])],
      [24, 31, ids([3, 2], [0, 30], [1, 14], [2, 6], [4, 0])],
      [81, 95, ids([0, 80], [0, 81], [1, 41], [2, 21], [0, 94], [1, 46], [2, 22], [4, 4], [6, 0])],
    ] as const)('given sizes %i -> %i, when proving consistency, then exactly the TestConsistency nodes are read', async (m, n, expected) => {
      await consistencyProof(m, n, source);
      expect(lastRequest()).toEqual(expected);
    });

    it.each([1, 2, 3, 4, 5, 7, 8])('given equal sizes %i, when proving consistency, then the proof is empty and nothing is read', async (size) => {
      const before = source.requests.length;
      expect(await consistencyProof(size, size, source)).toEqual([]);
      expect(await consistencyProof(0, size, source)).toEqual([]);
      expect(source.requests.length).toBe(before);
    });
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 0],
    [8, 7],
  ])('given leaf index %i and size %i, when proving inclusion, then it is refused', async (index, size) => {
    await expect(inclusionProof(index, size, vectorSource)).rejects.toThrow(RangeError);
  });

  it.each([
    [5, 0],
    [9, 8],
    [-1, 3],
  ])('given sizes %i -> %i, when proving consistency, then it is refused', async (m, n) => {
    await expect(consistencyProof(m, n, vectorSource)).rejects.toThrow(RangeError);
  });

  it('given a node table that has not reached the size asked for, when proving, then it fails for the missing node instead of inventing one', async () => {
    await expect(inclusionProof(3, 9, vectorSource)).rejects.toThrow(MissingNodeError);
    await expect(consistencyProof(8, 9, vectorSource)).rejects.toThrow(MissingNodeError);
  });
});
