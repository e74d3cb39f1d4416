import { signCheckpoint } from '../checkpoint/signed-checkpoint';
import type { Checkpoint } from '../checkpoint/checkpoint';
import { NoteVerificationError } from '../errors';
import { parseSignerKey, parseVerifierKey } from '../note/keys';
import { cosign, openCosignatures } from './cosignature';
import { cosignerKeyOf, type CosignerKey } from './cosigner-key';

/** Whole POSIX seconds: what a cosignature's timestamp can say. */
export const toPosixSeconds = (time: Date): number => Math.floor(time.getTime() / 1000);

/**
 * The log's key read as a cosigner key (type 0x04, so another key id): the log puts `signedAt` inside what it
 * signs by cosigning its own checkpoint, a timestamped line beside its note signature. Verifiers that know
 * only the note key ignore that line, as C2SP asks of unknown keys.
 */
export function logTimestampKey(logVerifierKey: string): CosignerKey {
  const key = parseVerifierKey(logVerifierKey);
  return cosignerKeyOf(key.name, key.publicKey);
}

/** The checkpoint signed by the log's key, then cosigned by the same key at `signedAt` (whole seconds). */
export function signTimestampedCheckpoint(checkpoint: Checkpoint, signerKey: string, signedAt: Date): string {
  const note = signCheckpoint(checkpoint, signerKey);
  const secret = parseSignerKey(signerKey);
  return note + cosign(note.slice(0, note.lastIndexOf('\n\n') + 1), { name: secret.name, seed: secret.seed }, toPosixSeconds(signedAt));
}

/** When the log signed the note, verified against the log's verifier key; throws when no valid timestamp line is there. */
export function signedAtOf(note: string, logVerifierKey: string): Date {
  const [stamp, ...more] = openCosignatures(note, [logTimestampKey(logVerifierKey)]);
  if (!stamp) throw new NoteVerificationError('the note carries no signedAt timestamp by the log key');
  if (more.length > 0) throw new NoteVerificationError('the note carries more than one signedAt timestamp by the log key');
  return new Date(stamp.timestamp * 1000);
}
