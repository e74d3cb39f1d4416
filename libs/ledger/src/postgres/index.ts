export { LEDGER_MIGRATIONS, Ledger1732800000300, LedgerCosignatures1734500000001, LedgerLeafParts1733200000001 } from './migrations';
export { EventNotSealedError, InconsistentTreeError, TreeSizeNotSealedError } from './errors';
export { PostgresNodeSource } from './node-table';
export { readSealedTree, type SealedTree } from './sealed-tree';
export { SEAL_LOCK, sealNextBatch, type LeafSealing } from './seal-batch';
export { LedgerSealer, type LedgerSealerOptions } from './ledger-sealer';
export {
  allCheckpoints, checkpointPage, lastCheckpointId, latestCheckpoint, type CheckpointPageQuery, type StoredCheckpoint,
} from './checkpoint-rows';
export { cosignaturesOf, insertCosignature, isCosignedBy, lastCosignedSize, type StoredCosignature } from './cosignature-rows';
export { CHECKPOINT_LOCK, CheckpointSigner, type CheckpointSignerOptions } from './checkpoint-signer';
export { CoveringCheckpoint, type CoveringCheckpointOptions, type Coverage } from './covering-checkpoint';
export { SigningAtLeast } from './signing-at-least';
export { LedgerProofs, type ConsistencyProof, type InclusionProof } from './ledger-proofs';
export { readSealedLeafOf, readSealedLeaves, type SealedLeaf } from './sealed-leaves';
export { auditLedger, type AuditOptions } from './ledger-audit';
export type { AuditFailure, AuditProgress, AuditReport } from './audit-report';
export { WitnessFeed, type WitnessFailure, type WitnessFeedOptions, type WitnessTarget } from './witness-feed';
export { WitnessSubmitter, type WitnessStatus, type WitnessSubmitterOptions } from './witness-submitter';
