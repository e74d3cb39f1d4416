// The page's view of apps/web/verifier (libs/ledger's verifyClaimBundle built for the browser, loaded on demand).
// apps/web/verifier/conforms.ts checks, under the ledger's own types, that this declaration says what the code does.
declare module 'casetrail:bundle-verifier' {
  import type { AssertionView } from './api/list-types';

  export type VerificationStep = 'format' | 'checkpoint' | 'signedAt' | 'witnesses' | 'leaves' | 'claim' | 'proof' | 'figures';

  export interface TrustedKeys {
    readonly logKey: string;
    readonly witnessKeys: readonly string[];
    readonly witnessesNeeded?: number;
  }

  export interface VerifiedBundle {
    readonly claimId: string;
    readonly treeSize: number;
    readonly signedAt: string;
    readonly witnesses: readonly string[];
    readonly assertions: readonly (AssertionView & { readonly basis: 'leaves' | 'statement' })[];
  }

  export class BundleVerificationError extends Error {
    readonly step: VerificationStep;
  }

  export function verifyClaimBundle(json: string, keys: TrustedKeys): VerifiedBundle;
}
