import type { TrustedKeys, VerificationStep, VerifiedBundle } from 'casetrail:bundle-verifier';

/** The steps of docs/verification.md section 3.2, in the order the verifier takes them. */
export const BUNDLE_STEPS: readonly VerificationStep[] = ['format', 'checkpoint', 'signedAt', 'witnesses', 'leaves', 'claim', 'proof', 'figures'];

export type StepState = 'pass' | 'fail' | 'notReached';

export interface BundleOutcome {
  readonly steps: readonly { readonly step: VerificationStep; readonly state: StepState; readonly reason?: string }[];
  /** What the bundle proves, when every step passed. */
  readonly verified: VerifiedBundle | null;
}

/**
 * Verifies a bundle in this browser with libs/ledger's verifyClaimBundle (loaded on first use, so the page's
 * first load does not carry it): every step before the one that failed passed, the ones after were not reached.
 */
export async function checkBundle(json: string, keys: TrustedKeys): Promise<BundleOutcome> {
  const { verifyClaimBundle, BundleVerificationError } = await import('casetrail:bundle-verifier');
  try {
    const verified = verifyClaimBundle(json, keys);
    return { steps: BUNDLE_STEPS.map((step) => ({ step, state: 'pass' })), verified };
  } catch (error) {
    if (!(error instanceof BundleVerificationError)) throw error;
    const failed = BUNDLE_STEPS.indexOf(error.step);
    return {
      steps: BUNDLE_STEPS.map((step, index) =>
        index < failed ? { step, state: 'pass' } : index === failed ? { step, state: 'fail', reason: error.message } : { step, state: 'notReached' },
      ),
      verified: null,
    };
  }
}

/** The witness keys typed one a line, blank lines left out. */
export const witnessKeysOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
