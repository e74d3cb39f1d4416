// The claim-bundle verifier the page loads on demand: libs/ledger's verifyClaimBundle, the very function of
// `claims verify` and apps/verify, built for the browser (node:crypto and Buffer given by the files beside this).
import './buffer-global';

export { BundleVerificationError, verifyClaimBundle } from '../../../libs/ledger/src/claim-bundle/verify-bundle';
export type { TrustedKeys, VerificationStep, VerifiedBundle } from '../../../libs/ledger/src/claim-bundle/verify-bundle';
