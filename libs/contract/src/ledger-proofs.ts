/** An RFC 9162 inclusion proof with its bytes as `Bytes` (Uint8Array in the service, base64 on the wire). */
export interface InclusionProofOf<Bytes, PrivateBytes = Bytes> {
  readonly leafIndex: number;
  /** SHA-256(0x00 || entry). */
  readonly leafHash: Bytes;
  /** The bytes the leaf hashes, as sealed: the public part and the private part's commitment. */
  readonly entry: Bytes;
  /** The private part (the whole event as stored now) and the salt of its commitment. */
  readonly privatePart: PrivateBytes;
  readonly salt: PrivateBytes;
  readonly auditPath: readonly Bytes[];
  readonly treeSize: number;
}

/**
 * `GET /v1/ledger/proofs/inclusion`: base64, the entry opened; the private part and its salt only for the roles
 * that read the timeline (null for the others).
 */
export interface InclusionAnswer extends InclusionProofOf<string, string | null> {
  readonly publicPart: Readonly<Record<string, unknown>> | null;
  readonly commitment: string;
}

/** An RFC 9162 consistency proof from tree size `from` to `to`. */
export interface ConsistencyProofOf<Bytes> {
  readonly from: number;
  readonly to: number;
  readonly proof: readonly Bytes[];
}

/** A witness's cosignature of a checkpoint (C2SP tlog-cosignature), as the ledger's routes give it. */
export interface CheckpointCosignature {
  readonly name: string;
  /** 8 hex digits: SHA-256(name || 0x0A || 0x04 || public key)[:4]. */
  readonly keyId: string;
  /** The witness's timestamp (whole seconds), ISO 8601. */
  readonly cosignedAt: string;
  /** The C2SP signature line as the witness sent it: appended to the note, it verifies. */
  readonly line: string;
}

/** A signed checkpoint (`GET /v1/ledger/checkpoint`, `/checkpoints`): the tree, its signed note, the log's key, its cosignatures. */
export interface CheckpointAnswer {
  readonly treeSize: number;
  /** RFC 9162 root hash, base64. */
  readonly rootHash: string;
  /** The C2SP tlog-checkpoint signed note. */
  readonly note: string;
  /** The signing key's name: the log's origin. */
  readonly keyName: string;
  /** The raw Ed25519 public key, base64. */
  readonly publicKey: string;
  /** The same key as a note verifier key (<name>+<key id>+<base64>). */
  readonly verifierKey: string;
  readonly signedAt: string;
  readonly cosignatures: readonly CheckpointCosignature[];
}
