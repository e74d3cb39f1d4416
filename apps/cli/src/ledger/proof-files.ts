import { fromBase64, type ConsistencyProof } from '@casetrail/ledger';

/** The inputs do not establish what was to be verified: exit code 1. */
export class NotVerified extends Error {}

/** An inclusion proof as `GET /v1/ledger/proofs/inclusion` returns it, decoded. */
export interface InclusionProofFile {
  readonly leafIndex: number;
  readonly leafHash: Uint8Array;
  readonly entry: Uint8Array;
  /** The entry's parts as the route spelled them out beside it (absent from a file that only has the entry). */
  readonly publicPart: unknown;
  readonly commitment: Uint8Array | null;
  /** Given to the roles that read the timeline only; null otherwise. */
  readonly privatePart: Uint8Array | null;
  readonly salt: Uint8Array | null;
  readonly auditPath: readonly Uint8Array[];
  readonly treeSize: number;
}

function parseObject(text: string, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NotVerified(`${source} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new NotVerified(`${source} is not a JSON object`);
  return value as Record<string, unknown>;
}

function size(json: Record<string, unknown>, field: string, source: string): number {
  const value = json[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new NotVerified(`${source}: ${field} must be a whole number from 0`);
  }
  return value;
}

function bytes(value: unknown, field: string, source: string): Uint8Array {
  if (typeof value !== 'string') throw new NotVerified(`${source}: ${field} must be a base64 string`);
  try {
    return fromBase64(value);
  } catch {
    throw new NotVerified(`${source}: ${field} is not canonical base64`);
  }
}

function optionalBytes(json: Record<string, unknown>, field: string, source: string): Uint8Array | null {
  return json[field] === undefined || json[field] === null ? null : bytes(json[field], field, source);
}

function hashes(json: Record<string, unknown>, field: string, source: string): Uint8Array[] {
  const value = json[field];
  if (!Array.isArray(value)) throw new NotVerified(`${source}: ${field} must be an array of base64 hashes`);
  return value.map((item, i) => bytes(item, `${field}[${i}]`, source));
}

export function parseInclusionProof(text: string, source: string): InclusionProofFile {
  const json = parseObject(text, source);
  return {
    leafIndex: size(json, 'leafIndex', source),
    leafHash: bytes(json.leafHash, 'leafHash', source),
    entry: bytes(json.entry, 'entry', source),
    publicPart: json.publicPart,
    commitment: optionalBytes(json, 'commitment', source),
    privatePart: optionalBytes(json, 'privatePart', source),
    salt: optionalBytes(json, 'salt', source),
    auditPath: hashes(json, 'auditPath', source),
    treeSize: size(json, 'treeSize', source),
  };
}

/** A consistency proof as `GET /v1/ledger/proofs/consistency` returns it, decoded: the ledger's own shape. */
export function parseConsistencyProof(text: string, source: string): ConsistencyProof {
  const json = parseObject(text, source);
  return { from: size(json, 'from', source), to: size(json, 'to', source), proof: hashes(json, 'proof', source) };
}

/** A checkpoint file: the signed note itself, or the checkpoint route's JSON answer (its `note`). */
export function checkpointNote(text: string, source: string): string {
  if (!text.trimStart().startsWith('{')) return text;
  const note = parseObject(text, source).note;
  if (typeof note !== 'string') throw new NotVerified(`${source}: a checkpoint answer must have a note`);
  return note;
}
