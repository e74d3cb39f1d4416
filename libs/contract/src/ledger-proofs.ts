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
