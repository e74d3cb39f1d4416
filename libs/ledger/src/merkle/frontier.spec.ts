import { toHex } from '../encoding';
import { MalformedError } from '../errors';
import { COMPACT_TREES, LEAF_INPUTS, NODE_HASHES, ROOT_HASHES } from '../testing/transparency-dev-vectors';
import { makeLeafHashes, randomInt, seededRandom } from '../testing/random';
import { MerkleFrontier } from './frontier';
import { leafHash } from './hashing';
import { rootFromLeafHashes } from './reference';

const vectorLeaves = LEAF_INPUTS.map(leafHash);

describe('MerkleFrontier', () => {
  it.each(COMPACT_TREES.map((hashes, size) => [size, hashes] as const))(
    'given %i transparency-dev leaves appended, then the frontier holds CompactTrees()[size] and the root is RootHashes()[size]',
    (size, hashes) => {
      const frontier = MerkleFrontier.fromLeafHashes(vectorLeaves.slice(0, size));
      expect(frontier.size).toBe(size);
      expect(frontier.nodes().map((n) => toHex(n.hash))).toEqual(hashes);
      expect(toHex(frontier.root())).toBe(ROOT_HASHES[size]);
    },
  );

  it('given appends of the 8 vector leaves, when collecting the nodes each append completed, then they are exactly NodeHashes() by level and index', () => {
    const frontier = MerkleFrontier.empty();
    const completed = vectorLeaves.flatMap((leaf) => frontier.append(leaf));
    const table: string[][] = [];
    for (const node of completed) (table[node.level] ??= [])[node.index] = toHex(node.hash);
    expect(table).toEqual(NODE_HASHES);
  });

  it('given every size 0..70, when appending one leaf at a time, then the frontier root equals the naive root after each append', () => {
    const leaves = makeLeafHashes(70);
    const frontier = MerkleFrontier.empty();
    expect(toHex(frontier.root())).toBe(toHex(rootFromLeafHashes([])));
    leaves.forEach((leaf, i) => {
      frontier.append(leaf);
      expect(toHex(frontier.root())).toBe(toHex(rootFromLeafHashes(leaves.slice(0, i + 1))));
    });
  });

  it('given random sizes up to 5000, when comparing with the naive root, then they agree', () => {
    const random = seededRandom(9162);
    const leaves = makeLeafHashes(5000);
    const frontier = MerkleFrontier.empty();
    const checkpoints = new Set(Array.from({ length: 25 }, () => randomInt(random, 71, 5000)));
    leaves.forEach((leaf, i) => {
      frontier.append(leaf);
      if (checkpoints.has(i + 1)) expect(toHex(frontier.root())).toBe(toHex(rootFromLeafHashes(leaves.slice(0, i + 1))));
    });
  });

  it('given a frontier stored as JSON, when restored and appended to, then it continues exactly like the original', () => {
    const leaves = makeLeafHashes(45);
    const original = MerkleFrontier.fromLeafHashes(leaves.slice(0, 37));
    const stored = JSON.parse(JSON.stringify(original)) as unknown;
    const restored = MerkleFrontier.fromJSON(stored);
    expect(restored.toJSON()).toEqual(original.toJSON());
    for (const leaf of leaves.slice(37)) {
      original.append(leaf);
      restored.append(leaf);
    }
    expect(toHex(restored.root())).toBe(toHex(original.root()));
    expect(toHex(restored.root())).toBe(toHex(rootFromLeafHashes(leaves)));
  });

  it('given a clone, when the original is appended to, then the clone is unchanged', () => {
    const original = MerkleFrontier.fromLeafHashes(vectorLeaves.slice(0, 3));
    const clone = original.clone();
    original.append(vectorLeaves[3]!);
    expect(toHex(clone.root())).toBe(ROOT_HASHES[3]);
    expect(toHex(original.root())).toBe(ROOT_HASHES[4]);
  });

  it.each([
    ['not an object', 'frontier'],
    ['negative size', { size: -1, hashes: [] }],
    ['fractional size', { size: 1.5, hashes: [] }],
    ['too few hashes for the size', { size: 3, hashes: [NODE_HASHES[1]![0]] }],
    ['too many hashes for the size', { size: 4, hashes: [NODE_HASHES[2]![0], NODE_HASHES[0]![4]] }],
    ['a short hash', { size: 1, hashes: ['abcd'] }],
    ['a non-hex hash', { size: 1, hashes: ['zz'.repeat(32)] }],
    ['hashes not an array', { size: 1, hashes: NODE_HASHES[0]![0] }],
  ])('given stored JSON with %s, when restoring, then it is refused', (_case, json) => {
    expect(() => MerkleFrontier.fromJSON(json)).toThrow(MalformedError);
  });

  it('given a leaf hash that is not 32 bytes, when appending, then it is refused and the frontier is unchanged', () => {
    const frontier = MerkleFrontier.fromLeafHashes(vectorLeaves.slice(0, 2));
    expect(() => frontier.append(new Uint8Array(31))).toThrow(RangeError);
    expect(frontier.size).toBe(2);
  });
});
