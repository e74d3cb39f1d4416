import type { AssertionEvaluation } from '@casetrail/reporting';

/** The format a claim bundle names in `format`; a verifier refuses any other. */
export const CLAIM_BUNDLE_FORMAT = 'casetrail-claim-bundle/1';

/** One leaf of the tree as the bundle carries it: its commitment (base64) and its public part (null: hidden). */
export type BundleLeaf = readonly [commitment: string, publicPart: Readonly<Record<string, unknown>> | null];

/**
 * An assertion as the bundle states it. `basis: "leaves"`: recomputed by the verifier from the leaves' public
 * parts; `basis: "statement"`: a figure about victims, the server's word only (suppressed for a donor).
 */
export type BundleAssertion = AssertionEvaluation & { readonly basis: 'leaves' | 'statement' };

/** What `GET /v1/claims/:claimId/bundle` answers (docs/verification.md section 3). */
export interface ClaimBundle {
  readonly format: typeof CLAIM_BUNDLE_FORMAT;
  readonly checkpoint: {
    /** The signed note: checkpoint text, a blank line, the log's signature and signedAt lines. */
    readonly note: string;
    /** Witnesses' cosignature lines (each ends with a newline), as received. */
    readonly cosignatures: readonly string[];
  };
  readonly claim: { readonly claimId: string; readonly leafIndex: number; readonly auditPath: readonly string[] };
  /** Every leaf of the checkpoint's tree, in leaf order. */
  readonly leaves: readonly BundleLeaf[];
  readonly assertions: readonly BundleAssertion[];
}
