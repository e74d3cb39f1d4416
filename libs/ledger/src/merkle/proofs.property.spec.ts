import { toHex } from '../encoding';
import { referenceConsistencyProof, referenceInclusionPath } from '../testing/reference-proofs';
import { flipBit, makeLeafHashes, randomInt, seededRandom } from '../testing/random';
import { InMemoryNodeSource } from './node-source';
import { consistencyProof, inclusionProof, treeRoot } from './proofs';
import { rootFromLeafHashes } from './reference';
import { verifyConsistency, verifyInclusion } from './verify';

// Generated proofs must equal the RFC 9162 recursion computed from the leaves, verify, and stop
// verifying once any leaf, path element, size or root is changed.

const hex = (hashes: readonly Uint8Array[]): string[] => hashes.map(toHex);
const sameHashes = (a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean => hex(a).join() === hex(b).join();

// The checks collect problems instead of calling expect thousands of times: faster, and a
// failure names the exact sizes and tampering.

async function inclusionProblems(leaves: Uint8Array[], source: InMemoryNodeSource, roots: (size: number) => Uint8Array, index: number, size: number) {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(`leaf ${index} of ${size}: ${what}`);
  };
  const proof = await inclusionProof(index, size, source);
  check(sameHashes(proof, referenceInclusionPath(index, leaves.slice(0, size))), 'path differs from RFC PATH(m, D[n])');
  const root = roots(size);
  const leaf = leaves[index]!;
  check(verifyInclusion(leaf, index, size, proof, root), 'genuine proof rejected');

  check(!verifyInclusion(flipBit(leaf), index, size, proof, root), 'tampered leaf hash accepted');
  if (size > 1) check(!verifyInclusion(leaves[(index + 1) % size]!, index, size, proof, root), 'another leaf accepted');
  proof.forEach((_, i) => {
    check(!verifyInclusion(leaf, index, size, proof.map((p, j) => (j === i ? flipBit(p, 31, 1) : p)), root), `tampered path[${i}] accepted`);
  });
  if (proof.length > 0) check(!verifyInclusion(leaf, index, size, proof.slice(1), root), 'shortened path accepted');
  check(!verifyInclusion(leaf, index, size, [...proof, root], root), 'lengthened path accepted');
  // A claimed size is only meaningful with its own root: against the genuine root of any other
  // size the same path must fail.
  for (const other of [size - 1, size + 1, size * 2]) {
    if (other > index && other !== size && other <= leaves.length) {
      check(!verifyInclusion(leaf, index, other, proof, roots(other)), `size ${other} accepted`);
    }
  }
  for (const other of [index - 1, index + 1]) {
    if (other >= 0 && other < size) check(!verifyInclusion(leaf, other, size, proof, root), `index ${other} accepted`);
  }
  return problems;
}

async function consistencyProblems(leaves: Uint8Array[], source: InMemoryNodeSource, roots: (size: number) => Uint8Array, m: number, n: number) {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(`${m} -> ${n}: ${what}`);
  };
  const proof = await consistencyProof(m, n, source);
  const expected = m === 0 || m === n ? [] : referenceConsistencyProof(m, leaves.slice(0, n));
  check(sameHashes(proof, expected), 'proof differs from RFC PROOF(m, D[n])');
  const [oldRoot, newRoot] = [roots(m), roots(n)];
  check(verifyConsistency(m, n, oldRoot, newRoot, proof), 'genuine proof rejected');
  if (m === 0) return problems;

  if (m !== n) check(!verifyConsistency(m, n, newRoot, oldRoot, proof), 'swapped roots accepted');
  check(!verifyConsistency(m, n, flipBit(oldRoot), newRoot, proof), 'tampered old root accepted');
  check(!verifyConsistency(m, n, oldRoot, flipBit(newRoot), proof), 'tampered new root accepted');
  proof.forEach((_, i) => {
    check(!verifyConsistency(m, n, oldRoot, newRoot, proof.map((p, j) => (j === i ? flipBit(p, 31, 1) : p))), `tampered proof[${i}] accepted`);
  });
  if (proof.length > 0) check(!verifyConsistency(m, n, oldRoot, newRoot, proof.slice(0, -1)), 'truncated proof accepted');
  check(!verifyConsistency(m, n, oldRoot, newRoot, [...proof, newRoot]), 'lengthened proof accepted');
  for (const [m2, n2] of [
    [m - 1, n],
    [m + 1, n],
    [m, n - 1],
    [m, n + 1],
  ] as const) {
    if (m2 >= 1 && m2 <= n2 && n2 <= leaves.length && (m2 !== m || n2 !== n)) {
      const shouldHold = m2 === n2 && proof.length === 0;
      check(verifyConsistency(m2, n2, roots(m2), roots(n2), proof) === shouldHold, `sizes ${m2} -> ${n2} gave the wrong answer`);
    }
  }
  return problems;
}

describe('proofs against the RFC 9162 definitions', () => {
  const small = makeLeafHashes(71);
  const smallSource = InMemoryNodeSource.fromLeafHashes(small);
  const smallRoots = Array.from({ length: small.length + 1 }, (_, size) => rootFromLeafHashes(small.slice(0, size)));
  const smallRoot = (size: number): Uint8Array => smallRoots[size]!;

  it('given every size 0..70, when asking the stored nodes for the root, then it equals the naive root', async () => {
    for (let size = 0; size <= 70; size++) expect(toHex(await treeRoot(size, smallSource))).toBe(toHex(smallRoot(size)));
  });

  it('given every size 1..70 and every leaf, when proving inclusion, then the path is the RFC one, verifies, and tampering fails', async () => {
    const problems: string[] = [];
    for (let size = 1; size <= 70; size++) {
      for (let index = 0; index < size; index++) problems.push(...(await inclusionProblems(small, smallSource, smallRoot, index, size)));
    }
    expect(problems).toEqual([]);
  });

  it('given every pair of sizes 0 <= m <= n <= 70, when proving consistency, then the proof is the RFC one, verifies, and tampering fails', async () => {
    const problems: string[] = [];
    for (let n = 0; n <= 70; n++) {
      for (let m = 0; m <= n; m++) problems.push(...(await consistencyProblems(small, smallSource, smallRoot, m, n)));
    }
    expect(problems).toEqual([]);
  });

  describe('given a tree of 4321 leaves', () => {
    const leaves = makeLeafHashes(4321);
    const source = InMemoryNodeSource.fromLeafHashes(leaves);
    const cache = new Map<number, Uint8Array>();
    const root = (size: number): Uint8Array => {
      if (!cache.has(size)) cache.set(size, rootFromLeafHashes(leaves.slice(0, size)));
      return cache.get(size)!;
    };
    const random = seededRandom(6962);

    it('when proving inclusion at random sizes and leaves, then every proof matches, verifies, and reads at most 2 log2(n) nodes in one request', async () => {
      const problems: string[] = [];
      for (let i = 0; i < 40; i++) {
        const size = randomInt(random, 71, leaves.length);
        const index = randomInt(random, 0, size - 1);
        const before = source.requests.length;
        problems.push(...(await inclusionProblems(leaves, source, root, index, size)));
        const reads = source.requests.slice(before);
        if (reads.length !== 1 || reads[0]!.length > 2 * Math.ceil(Math.log2(size))) problems.push(`leaf ${index} of ${size}: read ${reads.map((r) => r.length)}`);
      }
      expect(problems).toEqual([]);
    });

    it('when proving consistency between random sizes, then every proof matches, verifies, and reads at most 2 log2(n) nodes in one request', async () => {
      const problems: string[] = [];
      for (let i = 0; i < 40; i++) {
        const n = randomInt(random, 71, leaves.length);
        const m = randomInt(random, 1, n - 1);
        const before = source.requests.length;
        problems.push(...(await consistencyProblems(leaves, source, root, m, n)));
        const reads = source.requests.slice(before);
        if (reads.length !== 1 || reads[0]!.length > 2 * Math.ceil(Math.log2(n))) problems.push(`${m} -> ${n}: read ${reads.map((r) => r.length)}`);
      }
      expect(problems).toEqual([]);
    });

    it('when the whole tree is proved from the latest frontier, then the frontier root is the naive root', () => {
      expect(toHex(source.root())).toBe(toHex(root(leaves.length)));
    });
  });
});
