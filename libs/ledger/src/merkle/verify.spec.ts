import { fromHex, utf8 } from '../encoding';
import {
  CONSISTENCY_PROOFS, INCLUSION_PROOFS, LEAF_INPUTS, ROOT_HASHES, SHA256_EMPTY_TREE_HASH, SHA256_SOME_HASH,
} from '../testing/transparency-dev-vectors';
import { flipBit } from '../testing/random';
import { leafHash } from './hashing';
import { verifyConsistency, verifyInclusion } from './verify';

// Ports of transparency-dev/merkle proof/verify_test.go (and the testdata/{inclusion,consistency}
// probes generated from it): each good proof verifies, each corruption of it does not.

const root = (size: number): Uint8Array => fromHex(ROOT_HASHES[size]!);
const hashes = (hex: readonly string[]): Uint8Array[] => hex.map(fromHex);

interface InclusionProbe {
  readonly desc: string;
  readonly index: number;
  readonly size: number;
  readonly root: Uint8Array;
  readonly leaf: Uint8Array;
  readonly proof: readonly Uint8Array[];
}

function corruptInclusion(index: number, size: number, proof: Uint8Array[], rootHash: Uint8Array, leaf: Uint8Array): InclusionProbe[] {
  const probe = (desc: string, change: Partial<InclusionProbe>): InclusionProbe => ({ desc, index, size, root: rootHash, leaf, proof, ...change });
  const probes = [
    probe('leafIndex - 1', { index: index - 1 }),
    probe('leafIndex + 1', { index: index + 1 }),
    probe('leafIndex ^ 2', { index: index ^ 2 }),
    probe('treeSize * 2', { size: size * 2 }),
    probe('treeSize / 2', { size: Math.floor(size / 2) }),
    probe('wrong leaf', { leaf: utf8('WrongLeaf') }),
    probe('empty root', { root: SHA256_EMPTY_TREE_HASH }),
    probe('random root', { root: SHA256_SOME_HASH }),
    probe('trailing garbage', { proof: [...proof, new Uint8Array()] }),
    probe('trailing root', { proof: [...proof, rootHash] }),
    probe('preceding garbage', { proof: [new Uint8Array(), ...proof] }),
    probe('preceding root', { proof: [rootHash, ...proof] }),
    ...proof.map((_, i) => probe(`modified proof[${i}] bit 3`, { proof: proof.map((p, j) => (j === i ? flipBit(p, 0, 8) : p)) })),
  ];
  if (proof.length > 0) probes.push(probe('removed component', { proof: proof.slice(0, -1) }));
  if (proof.length > 1) probes.push(probe('inserted component', { proof: [proof[0]!, SHA256_SOME_HASH, ...proof.slice(1)] }));
  return probes;
}

interface ConsistencyProbe {
  readonly desc: string;
  readonly size1: number;
  readonly size2: number;
  readonly root1: Uint8Array;
  readonly root2: Uint8Array;
  readonly proof: readonly Uint8Array[];
}

function corruptConsistency(size1: number, size2: number, root1: Uint8Array, root2: Uint8Array, proof: Uint8Array[]): ConsistencyProbe[] {
  const probe = (desc: string, change: Partial<ConsistencyProbe>): ConsistencyProbe => ({ desc, size1, size2, root1, root2, proof, ...change });
  const probes = [
    probe('size1 - 1', { size1: size1 - 1 }),
    probe('size1 + 1', { size1: size1 + 1 }),
    probe('size1 ^ 2', { size1: size1 ^ 2 }),
    probe('size2 * 2', { size2: size2 * 2 }),
    probe('size2 / 2', { size2: Math.floor(size2 / 2) }),
    probe('wrong root1', { root1: utf8('WrongRoot') }),
    probe('wrong root2', { root2: utf8('WrongRoot') }),
    probe('swapped roots', { root1: root2, root2: root1 }),
    probe('empty proof', { proof: [] }),
    probe('trailing garbage', { proof: [...proof, new Uint8Array()] }),
    probe('trailing root1', { proof: [...proof, root1] }),
    probe('trailing root2', { proof: [...proof, root2] }),
    probe('preceding garbage', { proof: [new Uint8Array(), ...proof] }),
    probe('preceding root1', { proof: [root1, ...proof] }),
    probe('preceding root2', { proof: [root2, ...proof] }),
    probe('preceding proof[0]', { proof: [proof[0]!, ...proof] }),
    ...proof.map((_, i) => probe(`modified proof[${i}] bit 4`, { proof: proof.map((p, j) => (j === i ? flipBit(p, 0, 16) : p)) })),
  ];
  if (proof.length > 0) probes.push(probe('truncated proof', { proof: proof.slice(0, -1) }));
  return probes;
}

describe('verifyInclusion (RFC 9162 section 2.1.3.2)', () => {
  describe.each(INCLUSION_PROOFS.map((v) => [`leaf ${v.index} of ${v.size}`, v] as const))('given the transparency-dev proof for %s', (_name, vector) => {
    const leaf = leafHash(LEAF_INPUTS[vector.index]!);
    const proof = hashes(vector.proof);

    it('when verifying it against RootHashes()[size], then it holds', () => {
      expect(verifyInclusion(leaf, vector.index, vector.size, proof, root(vector.size))).toBe(true);
    });

    it.each(corruptInclusion(vector.index, vector.size, proof, root(vector.size), leaf).map((p) => [p.desc, p] as const))(
      'when it is corrupted by %s, then it fails',
      (_desc, p) => {
        expect(verifyInclusion(p.leaf, p.index, p.size, p.proof, p.root)).toBe(false);
      },
    );
  });

  // TestVerifyInclusionSingleEntry
  it('given a one-leaf tree, when the root and leaf hash agree, then only the empty proof with 32-byte hashes holds', () => {
    const hash = leafHash(utf8('data'));
    const empty = new Uint8Array();
    expect(verifyInclusion(hash, 0, 1, [], hash)).toBe(true);
    expect(verifyInclusion(empty, 0, 1, [], hash)).toBe(false);
    expect(verifyInclusion(hash, 0, 1, [], empty)).toBe(false);
    expect(verifyInclusion(empty, 0, 1, [], empty)).toBe(false);
  });

  // TestVerifyInclusion probes
  it.each([
    [0, 0],
    [0, 1],
    [1, 0],
    [2, 1],
  ])('given index %i and size %i with an empty proof and mismatched hashes, then nothing verifies', (index, size) => {
    expect(verifyInclusion(SHA256_SOME_HASH, index, size, [], new Uint8Array())).toBe(false);
    expect(verifyInclusion(new Uint8Array(), index, size, [], SHA256_EMPTY_TREE_HASH)).toBe(false);
    expect(verifyInclusion(SHA256_SOME_HASH, index, size, [], SHA256_EMPTY_TREE_HASH)).toBe(false);
  });

  it('given sizes that are not safe integers, when verifying, then it fails rather than throws', () => {
    const hash = leafHash(utf8('data'));
    expect(verifyInclusion(hash, -1, 1, [], hash)).toBe(false);
    expect(verifyInclusion(hash, 0, 1.5, [], hash)).toBe(false);
    expect(verifyInclusion(hash, 0, Number.MAX_SAFE_INTEGER + 1, [], hash)).toBe(false);
  });
});

describe('verifyConsistency (RFC 9162 section 2.1.4.2)', () => {
  describe.each(CONSISTENCY_PROOFS.map((v) => [`${v.size1} -> ${v.size2}`, v] as const))('given the transparency-dev proof %s', (_name, vector) => {
    const proof = hashes(vector.proof);
    const [root1, root2] = [root(vector.size1), root(vector.size2)];

    it('when verifying it against RootHashes(), then it holds', () => {
      expect(verifyConsistency(vector.size1, vector.size2, root1, root2, proof)).toBe(true);
    });

    // verify_test.go only corrupts non-trivial proofs.
    const probes = proof.length === 0 ? [] : corruptConsistency(vector.size1, vector.size2, root1, root2, proof);
    if (probes.length > 0) {
      it.each(probes.map((p) => [p.desc, p] as const))('when it is corrupted by %s, then it fails', (_desc, p) => {
        expect(verifyConsistency(p.size1, p.size2, p.root1, p.root2, p.proof)).toBe(false);
      });
    }
  });

  // TestVerifyConsistency table
  const root1 = utf8("don't care 1");
  const root2 = utf8("don't care 2");
  const proof2 = [SHA256_EMPTY_TREE_HASH];
  it.each([
    ['different roots at the same size 0', false, 0, 0, root1, root2, []],
    ['different roots at the same size 1', false, 1, 1, root1, root2, []],
    ['equal roots at the same size 0', true, 0, 0, root1, root1, []],
    ['the empty tree before any tree, empty proof', true, 0, 1, root1, root2, []],
    ['equal roots at the same size 1', true, 1, 1, root2, root2, []],
    ['time travel 1 -> 0', false, 1, 0, root1, root2, []],
    ['time travel 2 -> 1', false, 2, 1, root1, root2, []],
    ['an empty proof for 1 -> 2', false, 1, 2, root1, root2, []],
    ['roots that do not match at size 0', false, 0, 0, SHA256_EMPTY_TREE_HASH, root2, []],
    ['roots that do not match at size 1', false, 1, 1, SHA256_EMPTY_TREE_HASH, root2, []],
    ['a non-empty proof for 0 -> 0', false, 0, 0, SHA256_EMPTY_TREE_HASH, SHA256_EMPTY_TREE_HASH, proof2],
    ['a non-empty proof for 0 -> 1', false, 0, 1, SHA256_EMPTY_TREE_HASH, SHA256_EMPTY_TREE_HASH, proof2],
    ['a non-empty proof for 1 -> 1', false, 1, 1, SHA256_EMPTY_TREE_HASH, SHA256_EMPTY_TREE_HASH, proof2],
  ] as const)('given %s, then it verifies: %s', (_desc, expected, size1, size2, r1, r2, proof) => {
    expect(verifyConsistency(size1, size2, r1, r2, proof)).toBe(expected);
  });
});
