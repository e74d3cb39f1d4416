import { concatBytes, decodeUtf8, fromBase64, fromHex, isWellFormedUnicode, toBase64, toHex, utf8 } from '../encoding';
import { MalformedError, NoteVerificationError } from '../errors';
import { ed25519Sign, ed25519Verify } from './ed25519';
import { isValidKeyName, parseSignerKey, parseVerifierKey, type VerifierKey } from './keys';

/** Em dash (U+2014) and a space: how every C2SP signed-note signature line begins. */
export const SIGNATURE_LINE_PREFIX = '\u2014 ';
/** Notes with more signature lines are refused unread (C2SP asks verifiers to accept at least 16). */
export const MAX_NOTE_SIGNATURES = 100;

export interface NoteSignature {
  readonly name: string;
  readonly keyId: string;
  /** The line's base64 payload: key id || signature. */
  readonly base64: string;
}

export interface VerifiedNoteSignature extends NoteSignature {
  /** The trusted verifier key string that accepted the signature. */
  readonly verifierKey: string;
}

export interface OpenedNote {
  readonly text: string;
  readonly verifiedBy: readonly VerifiedNoteSignature[];
  /** Signatures by keys not among the verifiers given: ignored, as C2SP requires, and reported. */
  readonly unverified: readonly NoteSignature[];
}

/** Signs text (which must end in a newline) with each signer key, giving a C2SP signed note. */
export function signNote(text: string, signerKeys: string | readonly string[]): string {
  assertNoteText(text);
  const keys = (typeof signerKeys === 'string' ? [signerKeys] : signerKeys).map(parseSignerKey);
  if (keys.length === 0) throw new RangeError('a signed note needs at least one signer key');
  const message = utf8(text);
  const lines = keys.map((key) => {
    const payload = concatBytes(fromHex(key.keyId), ed25519Sign(key.seed, message));
    return `${SIGNATURE_LINE_PREFIX}${key.name} ${toBase64(payload)}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/**
 * Parses a signed note and verifies its signatures against the trusted verifier keys.
 * Returns the text only when at least one trusted key signed it; throws MalformedError for
 * anything not in the C2SP format (verifier keys included) and NoteVerificationError when a
 * trusted key's signature fails or no trusted key signed. Every line by a trusted key is checked,
 * repeats too (Go's note.Open skips repeats), so a bad second signature cannot ride along.
 */
export function openNote(note: string | Uint8Array, verifierKeys: readonly string[]): OpenedNote {
  const trusted = indexVerifiers(verifierKeys);
  const { text, lines } = splitNote(typeof note === 'string' ? note : decodeUtf8(note));
  const message = utf8(text);
  const verifiedBy = new Map<string, VerifiedNoteSignature>();
  const unverified = new Map<string, NoteSignature>();
  for (const line of lines) {
    const { signature, bytes } = parseSignatureLine(line);
    const id = `${signature.name}+${signature.keyId}`;
    const candidates = trusted.get(id);
    if (!candidates) {
      if (!unverified.has(line)) unverified.set(line, signature);
      continue;
    }
    if (candidates.length > 1) throw new NoteVerificationError(`ambiguous verifier key ${id}`);
    const [key] = candidates as [VerifierKey];
    if (!ed25519Verify(key.publicKey, message, bytes.subarray(4))) throw new NoteVerificationError(`invalid signature for key ${id}`);
    if (!verifiedBy.has(id)) verifiedBy.set(id, { ...signature, verifierKey: key.text });
  }
  if (verifiedBy.size === 0) throw new NoteVerificationError('note has no verifiable signatures');
  return { text, verifiedBy: [...verifiedBy.values()], unverified: [...unverified.values()] };
}

function indexVerifiers(verifierKeys: readonly string[]): Map<string, VerifierKey[]> {
  const byId = new Map<string, VerifierKey[]>();
  for (const key of verifierKeys.map(parseVerifierKey)) {
    const id = `${key.name}+${key.keyId}`;
    byId.set(id, [...(byId.get(id) ?? []), key]);
  }
  return byId;
}

function assertNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new MalformedError('note text must end with a newline');
  assertNoteCharacters(text);
}

function assertNoteCharacters(text: string): void {
  if (!isWellFormedUnicode(text)) throw new MalformedError('note is not valid Unicode');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw new MalformedError('note contains a control character');
}

/** The text runs to the last blank line; after it only signature lines, each newline-terminated. */
function splitNote(note: string): { text: string; lines: string[] } {
  assertNoteCharacters(note);
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new MalformedError('note has no blank line before its signatures');
  const block = note.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n')) throw new MalformedError('note signature block must be non-empty lines ending in newlines');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) throw new MalformedError(`note has more than ${MAX_NOTE_SIGNATURES} signatures`);
  return { text: note.slice(0, split + 1), lines };
}

function parseSignatureLine(line: string): { signature: NoteSignature; bytes: Uint8Array } {
  if (!line.startsWith(SIGNATURE_LINE_PREFIX)) throw new MalformedError('signature line must start with an em dash and a space');
  const rest = line.slice(SIGNATURE_LINE_PREFIX.length);
  const space = rest.indexOf(' ');
  const name = space < 0 ? rest : rest.slice(0, space);
  const base64 = space < 0 ? '' : rest.slice(space + 1);
  if (!isValidKeyName(name) || base64 === '') throw new MalformedError('malformed signature line');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    throw new MalformedError('malformed signature line');
  }
  if (bytes.length < 5) throw new MalformedError('signature too short');
  return { signature: { name, keyId: toHex(bytes.subarray(0, 4)), base64 }, bytes };
}
