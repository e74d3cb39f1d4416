// Type-only: the ledger's verifier is what the page's declaration (apps/web/src/bundle-verifier.d.ts) says it is.
import type * as Declared from 'casetrail:bundle-verifier';
import type * as Built from './index';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const steps: Same<Declared.VerificationStep, Built.VerificationStep> = true;
const keys: Same<Declared.TrustedKeys, Built.TrustedKeys> = true;
const verify: (json: string, keys: Built.TrustedKeys) => Pick<Declared.VerifiedBundle, 'claimId' | 'treeSize' | 'signedAt' | 'witnesses'> = ({} as typeof Built).verifyClaimBundle;
const failure: { readonly step: Declared.VerificationStep } = {} as InstanceType<typeof Built.BundleVerificationError>;
export const conforms = [steps, keys, verify, failure];
