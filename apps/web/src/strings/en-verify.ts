/** The words of verifying a claim's bundle in the page (part of `en`). */
export const enVerify = {
  bundleCheck: {
    heading: 'Verify in this browser',
    explain:
      'The page checks the claim’s bundle here, with the same code as `claims verify` and the single-file verifier: ' +
      'it trusts only the keys below, never a key inside the bundle.',
    verify: 'Verify this claim’s bundle in this browser',
    verifying: 'Verifying in this browser…',
    authentic: (treeSize: number, signedAt: string) => `Authentic: the claim is a leaf of the ledger of ${treeSize} events signed at ${signedAt}.`,
    notAuthentic: (step: string) => `NOT VERIFIED at step “${step}”: do not trust this bundle.`,
    trusted: 'Keys trusted',
    logKey: 'The ledger’s verifier key',
    logKeyFrom: 'as this service gives it (GET /v1/ledger/checkpoint); compare it with the key published elsewhere',
    witnessKeys: 'Witnesses’ cosigner keys (one a line; every one given must have cosigned)',
    noWitnessKeys: 'none given: no witness’s cosignature is required',
    drop: 'Verify a bundle file you were given',
    dropHint: 'Choose a bundle file (JSON from GET /v1/claims/:claimId/bundle) or drop it here.',
    fileName: (name: string) => `File: ${name}`,
    steps: {
      format: 'The bundle is a casetrail claim bundle',
      checkpoint: 'The checkpoint is signed by the trusted ledger key (Ed25519)',
      signedAt: 'The signing time (signedAt) is signed by the ledger key',
      witnesses: 'The trusted witnesses cosigned the checkpoint',
      leaves: 'Every leaf hashes to the checkpoint’s root (RFC 9162)',
      claim: 'The claimed leaf is this claim',
      proof: 'The claim’s audit path leads to the root',
      figures: 'Each figure recomputes from the leaves’ public parts',
    } as Record<string, string>,
    pass: 'passed',
    fail: 'FAILED',
    notReached: 'not reached',
    basis: { leaves: 'recomputed from the leaves', statement: 'the service’s statement (a figure about victims)' } as Record<string, string>,
  },
};
