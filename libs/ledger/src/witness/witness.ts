import { parseCheckpoint } from '../checkpoint/checkpoint';
import { cosign } from '../cosignature/cosignature';
import { cosignerKeyOfSecret, type CosignerKey, type CosignerSecret } from '../cosignature/cosigner-key';
import { toPosixSeconds } from '../cosignature/signed-at';
import { bytesEqual, fromBase64, toBase64 } from '../encoding';
import { MalformedError, NoteVerificationError } from '../errors';
import { verifyConsistency } from '../merkle/verify';
import { parseVerifierKey } from '../note/keys';
import { openNote } from '../note/signed-note';
import { parseAddCheckpoint } from './add-checkpoint';
import type { WitnessState } from './witness-state';

/** An add-checkpoint answer, as C2SP tlog-witness defines its status codes and bodies. */
export interface WitnessAnswer {
  readonly status: 200 | 400 | 403 | 404 | 409 | 422;
  readonly contentType: string;
  readonly body: string;
}

export interface WitnessOptions {
  readonly secret: CosignerSecret;
  /** The note verifier keys of the logs it witnesses; a log's origin is its key's name. */
  readonly logKeys: readonly string[];
  readonly state: WitnessState;
  readonly now?: () => Date;
}

const text = (status: WitnessAnswer['status'], body: string): WitnessAnswer => ({ status, contentType: 'text/plain; charset=utf-8', body: `${body}\n` });
const conflict = (size: number): WitnessAnswer => ({ status: 409, contentType: 'text/x.tlog.size', body: `${size}\n` });

/**
 * A C2SP tlog-witness: cosigns a log's checkpoint only when it verifies with the log's key and provably
 * extends the last checkpoint it cosigned for that log; refuses a fork (same size, another root) and a
 * tree that does not extend its record. One request at a time, so checking and recording are atomic.
 */
export class Witness {
  readonly key: CosignerKey;
  private readonly logKeys: Map<string, string[]>;
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WitnessOptions) {
    this.key = cosignerKeyOfSecret(options.secret);
    this.now = options.now ?? (() => new Date());
    this.logKeys = new Map();
    for (const key of options.logKeys) {
      const { name, text: verifierKey } = parseVerifierKey(key);
      this.logKeys.set(name, [...(this.logKeys.get(name) ?? []), verifierKey]);
    }
  }

  addCheckpoint(body: string): Promise<WitnessAnswer> {
    const answer = this.queue.then(() => this.decide(body));
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  private decide(body: string): WitnessAnswer {
    let request;
    let checkpoint;
    try {
      request = parseAddCheckpoint(body);
      checkpoint = parseCheckpoint(request.note.slice(0, request.note.lastIndexOf('\n\n') + 1));
    } catch (error) {
      if (error instanceof MalformedError) return text(400, error.message);
      throw error;
    }
    const keys = this.logKeys.get(checkpoint.origin);
    if (!keys) return text(404, `unknown log origin ${JSON.stringify(checkpoint.origin)}`);
    let noteText: string;
    try {
      noteText = openNote(request.note, keys).text;
    } catch (error) {
      if (error instanceof NoteVerificationError || error instanceof MalformedError) return text(403, `the checkpoint does not verify: ${error.message}`);
      throw error;
    }
    if (request.oldSize > checkpoint.treeSize) return text(400, `old size ${request.oldSize} is above the checkpoint's size ${checkpoint.treeSize}`);
    const latest = this.options.state.latest(checkpoint.origin);
    if (request.oldSize !== (latest?.treeSize ?? 0)) return conflict(latest?.treeSize ?? 0);
    if (latest && latest.treeSize === checkpoint.treeSize && !bytesEqual(fromBase64(latest.rootHash), checkpoint.rootHash)) {
      return conflict(latest.treeSize); // a fork: the same size with another root
    }
    const oldRoot = latest ? fromBase64(latest.rootHash) : new Uint8Array(32);
    if (!verifyConsistency(request.oldSize, checkpoint.treeSize, oldRoot, checkpoint.rootHash, request.proof)) {
      return text(422, `the consistency proof from size ${request.oldSize} to ${checkpoint.treeSize} does not verify`);
    }
    this.options.state.record(checkpoint.origin, { treeSize: checkpoint.treeSize, rootHash: toBase64(checkpoint.rootHash), checkpoint: noteText });
    return { status: 200, contentType: 'text/plain; charset=utf-8', body: cosign(noteText, this.options.secret, toPosixSeconds(this.now())) };
  }
}
