import { concatBytes, fromBase64, fromHex, toBase64, utf8 } from '../encoding';
import { MalformedError, NoteVerificationError } from '../errors';
import { ed25519Sign, ed25519Verify } from '../note/ed25519';
import { SIGNATURE_LINE_PREFIX } from '../note/signed-note';
import { cosignerKeyOfSecret, parseCosignerKey, type CosignerKey, type CosignerSecret } from './cosigner-key';

/** A verified cosignature line: who cosigned, and the POSIX second at which they did. */
export interface Cosignature {
  readonly name: string;
  readonly keyId: string;
  /** POSIX seconds, as signed. */
  readonly timestamp: number;
  /** The whole signature line, `— <name> <base64>` and its newline. */
  readonly line: string;
}

const MAX_TIMESTAMP = 2n ** 63n - 1n;

/** C2SP tlog-cosignature: `cosignature/v1\ntime <t>\n` followed by the checkpoint's note text. */
export function cosignedMessage(checkpointText: string, timestamp: number): Uint8Array {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`a cosignature timestamp is a whole number of seconds, got ${timestamp}`);
  return utf8(`cosignature/v1\ntime ${timestamp}\n${checkpointText}`);
}

/** The signature line cosigning the checkpoint text at `timestamp` (POSIX seconds). */
export function cosign(checkpointText: string, secret: CosignerSecret, timestamp: number): string {
  const key = cosignerKeyOfSecret(secret);
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(timestamp));
  const signature = ed25519Sign(secret.seed, cosignedMessage(checkpointText, timestamp));
  return `${SIGNATURE_LINE_PREFIX}${key.name} ${toBase64(concatBytes(fromHex(key.keyId), time, signature))}\n`;
}

/**
 * The note's cosignatures by the trusted cosigner keys (a line by a trusted name and key id must verify,
 * else NoteVerificationError); lines by other keys are ignored, as C2SP asks.
 */
export function openCosignatures(note: string, trustedKeys: readonly (string | CosignerKey)[]): Cosignature[] {
  const keys = trustedKeys.map((key) => (typeof key === 'string' ? parseCosignerKey(key) : key));
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new MalformedError('note has no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const found: Cosignature[] = [];
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const cosignature = openCosignatureLine(text, `${line}\n`, keys);
    if (cosignature) found.push(cosignature);
  }
  return found;
}

/** One line checked against the trusted keys: null when no trusted key made it, throws when it does not verify. */
export function openCosignatureLine(checkpointText: string, line: string, keys: readonly CosignerKey[]): Cosignature | null {
  const match = /^\u2014 (\S+) (\S+)\n$/.exec(line);
  if (!match) throw new MalformedError('malformed signature line');
  const [, name, payload] = match as unknown as [string, string, string];
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(payload);
  } catch {
    throw new MalformedError('malformed signature line');
  }
  const keyId = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  const key = keys.find((k) => k.name === name && k.keyId === keyId);
  if (!key) return null;
  if (bytes.length !== 4 + 8 + 64) throw new NoteVerificationError(`cosignature by ${name}+${keyId} is not 76 bytes`);
  const time = Buffer.from(bytes.subarray(4, 12)).readBigUInt64BE();
  if (time > MAX_TIMESTAMP || time > BigInt(Number.MAX_SAFE_INTEGER)) throw new NoteVerificationError(`cosignature by ${name}+${keyId} has an impossible timestamp`);
  const timestamp = Number(time);
  if (!ed25519Verify(key.publicKey, cosignedMessage(checkpointText, timestamp), bytes.subarray(12))) {
    throw new NoteVerificationError(`invalid cosignature for key ${name}+${keyId}`);
  }
  return { name, keyId, timestamp, line };
}
