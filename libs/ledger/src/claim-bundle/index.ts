export * from './bundle-format';
export { bundleEntryBytes } from './bundle-entry';
export { isRecomputable, leafEvaluation, type LeafEvaluation } from './evaluate-from-leaves';
export { bundleMoment, claimOfLeaf, reportEventsOfLeaves, type LeafClaim, type LeafReportEvent } from './leaf-events';
export { BundleVerificationError, verifyClaimBundle, type TrustedKeys, type VerificationStep, type VerifiedBundle } from './verify-bundle';
export { CLAIMS_VERIFY_HELP, runBundleVerifier, type VerifierIo } from './verify-command';
