import { fromBase64, toBase64 } from '../encoding';
import { MalformedError } from '../errors';
import { HASH_SIZE } from '../merkle/hashing';

/** C2SP tlog-witness: at most this many consistency proof lines. */
export const MAX_PROOF_LINES = 63;

/** The body of a tlog-witness add-checkpoint request. */
export interface AddCheckpointRequest {
  /** The size of the checkpoint the client believes the witness holds (0 at first). */
  readonly oldSize: number;
  /** An RFC 6962 consistency proof from oldSize to the checkpoint's size. */
  readonly proof: readonly Uint8Array[];
  /** The signed checkpoint note. */
  readonly note: string;
}

/** `old <size>\n`, one base64 line per proof hash, an empty line, then the signed checkpoint. */
export function formatAddCheckpoint(request: AddCheckpointRequest): string {
  if (!Number.isSafeInteger(request.oldSize) || request.oldSize < 0) throw new RangeError(`old size must be a tree size, got ${request.oldSize}`);
  if (request.proof.length > MAX_PROOF_LINES) throw new RangeError(`a consistency proof has at most ${MAX_PROOF_LINES} hashes`);
  return `old ${request.oldSize}\n${request.proof.map((hash) => `${toBase64(hash)}\n`).join('')}\n${request.note}`;
}

export function parseAddCheckpoint(body: string): AddCheckpointRequest {
  const blank = body.indexOf('\n\n');
  if (blank < 0) throw new MalformedError('add-checkpoint: no empty line before the checkpoint');
  const [oldLine = '', ...proofLines] = body.slice(0, blank).split('\n');
  const size = /^old (0|[1-9][0-9]*)$/.exec(oldLine);
  if (!size || !Number.isSafeInteger(Number(size[1]))) throw new MalformedError('add-checkpoint: the first line must be "old <size>"');
  if (proofLines.length > MAX_PROOF_LINES) throw new MalformedError(`add-checkpoint: more than ${MAX_PROOF_LINES} proof lines`);
  const proof = proofLines.map((line) => {
    const hash = fromBase64(line);
    if (hash.length !== HASH_SIZE) throw new MalformedError(`add-checkpoint: a proof line is not a ${HASH_SIZE}-byte hash`);
    return hash;
  });
  return { oldSize: Number(size[1]), proof, note: body.slice(blank + 2) };
}
