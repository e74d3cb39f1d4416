import * as ledger from './index';

describe('the @casetrail/ledger entry point', () => {
  it('given case events, when they are appended and checkpointed, then a holder of only the verifier key can check them', async () => {
    const key = ledger.generateSigningKey('casetrail.example/ledger');
    const frontier = ledger.MerkleFrontier.empty();
    const nodes = new ledger.InMemoryNodeSource();
    const events = [
      { caseId: 'C-1', type: 'CaseOpened', at: '2024-01-02T03:04:05Z' },
      { caseId: 'C-1', type: 'EvidenceAdded', sha256: 'ab'.repeat(32), at: '2024-01-03T00:00:00Z' },
      { caseId: 'C-2', type: 'CaseOpened', at: '2024-01-04T00:00:00Z' },
    ];
    const leaves = events.map((event) => ledger.leafHash(ledger.canonicalJsonBytes(event)));
    for (const leaf of leaves) {
      frontier.append(leaf);
      nodes.append(leaf);
    }
    const stored = ledger.MerkleFrontier.fromJSON(JSON.parse(JSON.stringify(frontier)));
    const note = ledger.signCheckpoint({ origin: key.name, treeSize: stored.size, rootHash: stored.root() }, key.signerKey);

    const { checkpoint } = ledger.openCheckpoint(note, { origin: key.name, verifierKeys: [key.verifierKey] });
    expect(ledger.toHex(checkpoint.rootHash)).toBe(ledger.toHex(ledger.rootFromLeafHashes(leaves)));
    const reordered = ledger.leafHash(ledger.canonicalJsonBytes({ at: '2024-01-03T00:00:00Z', sha256: 'ab'.repeat(32), type: 'EvidenceAdded', caseId: 'C-1' }));
    const path = await ledger.inclusionProof(1, checkpoint.treeSize, nodes);
    expect(ledger.verifyInclusion(reordered, 1, checkpoint.treeSize, path, checkpoint.rootHash)).toBe(true);
  });
});
