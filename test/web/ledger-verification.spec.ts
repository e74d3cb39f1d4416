import { generateSigningKey, ledgerLeaf, openLedgerEntry, rootFromLeafHashes, signCheckpoint, toBase64 } from '@casetrail/ledger';
import { FIXTURE_EVENTS, recorded } from '../../libs/ledger/src/testing/case-events';
import { referenceConsistencyProof, referenceInclusionPath } from '../../libs/ledger/src/testing/reference-proofs';
import { proveInclusion, verifyConsistency, type Checkpoint, type InclusionProof } from '../../apps/web/src';

/** The web page's WebCrypto verifier, checked against the ledger's own trees, proofs and signatures. */
describe('the ledger verified in the browser (WebCrypto) agrees with the ledger', () => {
  const key = generateSigningKey('casetrail/web-test');
  const other = generateSigningKey('casetrail/web-test');
  const eventIds = Array.from({ length: 13 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  // Leaf 3 is a victim's: its public part is null, so only its private part (for the timeline roles) names it.
  const sealed = eventIds.map((eventId, i) =>
    ledgerLeaf(recorded(FIXTURE_EVENTS.get(i === 3 ? 'VictimIdentified' : 'CaseReferred')!, { eventId, version: i + 1 }), new Uint8Array(32).fill(i)),
  );
  const entries = sealed.map((leaf) => leaf.entry);
  const leaves = sealed.map((leaf) => leaf.leafHash);

  function checkpointOf(size: number, signer = key): Checkpoint {
    const rootHash = rootFromLeafHashes(leaves.slice(0, size));
    return {
      treeSize: size,
      rootHash: toBase64(rootHash),
      note: signCheckpoint({ origin: 'casetrail/web-test', treeSize: size, rootHash }, signer.signerKey),
      keyName: 'casetrail/web-test',
      publicKey: '',
      verifierKey: signer.verifierKey,
      signedAt: '2026-01-01T00:00:00Z',
      cosignatures: [],
    };
  }
  const proofOf = (index: number, size: number, withPrivatePart = false): InclusionProof => ({
    leafIndex: index,
    leafHash: toBase64(leaves[index]!),
    entry: toBase64(entries[index]!),
    publicPart: openLedgerEntry(entries[index]!).publicPart,
    commitment: toBase64(openLedgerEntry(entries[index]!).commitment),
    privatePart: withPrivatePart ? toBase64(sealed[index]!.privatePart) : null,
    salt: withPrivatePart ? toBase64(sealed[index]!.salt) : null,
    auditPath: referenceInclusionPath(index, leaves.slice(0, size)).map(toBase64),
    treeSize: size,
  });
  const failed = (steps: { step: string; ok: boolean }[]) => steps.filter((s) => !s.ok).map((s) => s.step);

  it('given every leaf of every tree size, each proof passes every step', async () => {
    for (let size = 1; size <= leaves.length; size++) {
      for (let index = 0; index < size; index++) {
        for (const withPrivatePart of [false, true]) {
          const steps = await proveInclusion(eventIds[index]!, proofOf(index, size, withPrivatePart), checkpointOf(size), key.verifierKey);
          expect({ size, index, failed: failed(steps) }).toEqual({ size, index, failed: [] });
          const named = index === 3 && !withPrivatePart ? 'entryHidden' : 'entryNames';
          expect(steps.map((s) => s.step)).toContain(named);
        }
      }
    }
  });

  it("given a victim's leaf with a private part that does not open its commitment, the entry names no event", async () => {
    const forged = { ...proofOf(3, 9, true), salt: toBase64(new Uint8Array(32).fill(99)) };
    expect(failed(await proveInclusion(eventIds[3]!, forged, checkpointOf(9), key.verifierKey))).toEqual(['entryNames']);
  });

  it('given a proof without its entry (every role is given it), fails the entry step and still checks the rest', async () => {
    const withheld = { ...proofOf(4, 9), entry: null as unknown as string };
    const steps = await proveInclusion(eventIds[4]!, withheld, checkpointOf(9), key.verifierKey);
    expect(steps.map((s) => s.step)).toEqual(['entry', 'root', 'note', 'keyId', 'signature']);
    expect(failed(steps)).toEqual(['entry']);
  });

  it('given a tampered entry, path, root, note or key, names the step that fails', async () => {
    const good = proofOf(5, 11);
    const checkpoint = checkpointOf(11);
    const tamperedEntry = { ...good, entry: toBase64(entries[6]!) };
    expect(failed(await proveInclusion(eventIds[5]!, tamperedEntry, checkpoint, key.verifierKey))).toEqual(['entry', 'entryNames']);
    expect(failed(await proveInclusion(eventIds[6]!, good, checkpoint, key.verifierKey))).toEqual(['entryNames']);
    const tamperedPath = { ...good, auditPath: [good.auditPath[1]!, good.auditPath[0]!, ...good.auditPath.slice(2)] };
    expect(failed(await proveInclusion(eventIds[5]!, tamperedPath, checkpoint, key.verifierKey))).toEqual(['root']);
    expect(failed(await proveInclusion(eventIds[5]!, { ...good, leafIndex: 4 }, checkpoint, key.verifierKey))).toEqual(['root']);
    const otherRoot = { ...checkpoint, rootHash: checkpointOf(10).rootHash };
    expect(failed(await proveInclusion(eventIds[5]!, good, otherRoot, key.verifierKey))).toEqual(['root', 'note']);
    const forgedNote = { ...checkpoint, note: checkpoint.note.replace('\n11\n', '\n12\n') };
    expect(failed(await proveInclusion(eventIds[5]!, good, forgedNote, key.verifierKey))).toEqual(['note', 'signature']);
    // Signed by a key of the same name that the reader does not trust.
    expect(failed(await proveInclusion(eventIds[5]!, good, checkpointOf(11, other), key.verifierKey))).toEqual(['signature']);
    const wrongId = key.verifierKey.replace(/\+([0-9a-f]{8})\+/, (_m, id: string) => `+${id === '00000000' ? '00000001' : '00000000'}+`);
    expect(failed(await proveInclusion(eventIds[5]!, good, checkpoint, wrongId))).toEqual(['keyId', 'signature']);
  });

  it('given two tree sizes, a consistency proof passes, and a wrong old root does not', async () => {
    for (let m = 0; m <= leaves.length; m++) {
      for (let n = m; n <= leaves.length; n++) {
        const proof = m === 0 ? [] : referenceConsistencyProof(m, leaves.slice(0, n));
        const oldRoot = rootFromLeafHashes(leaves.slice(0, m));
        const newRoot = rootFromLeafHashes(leaves.slice(0, n));
        expect({ m, n, ok: await verifyConsistency(m, n, oldRoot, newRoot, proof) }).toEqual({ m, n, ok: true });
        const wrongOldRoot = Uint8Array.from(oldRoot, (b, i) => (i === 0 ? b ^ 1 : b));
        if (m > 0) expect(await verifyConsistency(m, n, wrongOldRoot, newRoot, proof)).toBe(false);
      }
    }
  });
});
