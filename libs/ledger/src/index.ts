export * from './errors';
export { bytesEqual, fromBase64, fromHex, toBase64, toHex } from './encoding';
export { HASH_SIZE, emptyRoot, leafHash, nodeHash } from './merkle/hashing';
export type { NodeId } from './merkle/tree-math';
export { rootFromLeafHashes } from './merkle/reference';
export { MerkleFrontier, type MerkleFrontierJson, type StoredNode } from './merkle/frontier';
export { InMemoryNodeSource, type NodeSource } from './merkle/node-source';
export { consistencyProof, inclusionProof, treeRoot } from './merkle/proofs';
export { verifyConsistency, verifyInclusion } from './merkle/verify';
export { canonicalJson, canonicalJsonBytes } from './jcs/canonical-json';
export {
  ED25519_ALGORITHM,
  generateSigningKey,
  isValidKeyName,
  keyIdOf,
  parseVerifierKey,
  signingKeyFromPkcs8Pem,
  signingKeyFromSeed,
  type SigningKey,
  type VerifierKey,
} from './note/keys';
export {
  MAX_NOTE_SIGNATURES,
  openNote,
  signNote,
  type NoteSignature,
  type OpenedNote,
  type VerifiedNoteSignature,
} from './note/signed-note';
export { formatCheckpoint, parseCheckpoint, type Checkpoint } from './checkpoint/checkpoint';
export { openCheckpoint, signCheckpoint, type OpenedCheckpoint } from './checkpoint/signed-checkpoint';
export { parseSignerKey, type SignerKey } from './note/keys';
export * from './leaf';
export * from './cosignature';
export * from './witness';
export * from './postgres';
export * from './claim-bundle';
