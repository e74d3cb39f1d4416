import { concat, equal, fromBase64, toHex, utf8 } from './bytes';
import { sha256 } from './merkle';

/** A C2SP signed note holding a tlog-checkpoint, opened and checked in the browser. */
export interface CheckpointNote {
  readonly text: string;
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
  readonly signatures: readonly { readonly name: string; readonly keyId: string; readonly signature: Uint8Array }[];
}

/** Splits the note into its text and signature lines and reads the checkpoint; throws when malformed. */
export function parseCheckpointNote(note: string): CheckpointNote {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new Error('not a signed note');
  const text = note.slice(0, split + 1);
  const [origin, size, root] = text.slice(0, -1).split('\n');
  if (!origin || !size || !root || !/^(0|[1-9]\d*)$/.test(size)) throw new Error('not a checkpoint');
  const signatures = note
    .slice(split + 2, -1)
    .split('\n')
    .map((line) => {
      const match = /^\u2014 (\S+) (\S+)$/.exec(line);
      if (!match) throw new Error('malformed signature line');
      const bytes = fromBase64(match[2]!);
      return { name: match[1]!, keyId: toHex(bytes.subarray(0, 4)), signature: bytes.subarray(4) };
    });
  return { text, origin, treeSize: Number(size), rootHash: fromBase64(root), signatures };
}

/** A verifier key `<name>+<key id>+<base64(0x01 || Ed25519 key)>`, its id recomputed from the key. */
export async function parseVerifierKey(key: string): Promise<{ name: string; keyId: string; publicKey: Uint8Array; idMatches: boolean }> {
  const first = key.indexOf('+');
  const second = first < 0 ? -1 : key.indexOf('+', first + 1);
  const [name, keyId, encoded] = [key.slice(0, first), key.slice(first + 1, second), key.slice(second + 1)];
  if (second < 0 || !name || !/^[0-9a-fA-F]{8}$/.test(keyId) || !encoded) throw new Error('malformed verifier key');
  const raw = fromBase64(encoded);
  if (raw[0] !== 0x01 || raw.length !== 33) throw new Error('not an Ed25519 verifier key');
  const publicKey = raw.subarray(1);
  const digest = await sha256(concat(utf8(name), Uint8Array.of(0x0a, 0x01), publicKey));
  return { name, keyId, publicKey, idMatches: toHex(digest.subarray(0, 4)) === keyId.toLowerCase() };
}

/** Whether the note carries a valid Ed25519 signature by this key (name and id must match the line's). */
export async function signedBy(note: CheckpointNote, key: { name: string; keyId: string; publicKey: Uint8Array }): Promise<boolean> {
  const line = note.signatures.find((s) => s.name === key.name && s.keyId === key.keyId.toLowerCase());
  if (!line || line.signature.length !== 64) return false;
  const publicKey = await crypto.subtle.importKey('raw', concat(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, concat(line.signature), concat(utf8(note.text)));
}

export const sameRoot = (note: CheckpointNote, rootHash: Uint8Array) => equal(note.rootHash, rootHash);
