import { createHash } from 'node:crypto';
import { concatBytes, fromBase64, toBase64, toHex, utf8 } from '../encoding';
import { MalformedError } from '../errors';
import { ED25519_KEY_SIZE, privateKeyFromSeed, rawPublicKeyOf } from '../note/ed25519';
import { isValidKeyName } from '../note/keys';

/** C2SP tlog-cosignature: the signature type byte of a timestamped Ed25519 cosignature (cosignature/v1). */
export const COSIGNATURE_ALGORITHM = 0x04;

/** A cosigner's public key: the vkey `<name>+<key id>+base64(0x04 || 32-byte Ed25519 key)`. */
export interface CosignerKey {
  readonly name: string;
  /** 8 lowercase hex digits: SHA-256(name || 0x0A || 0x04 || public key)[:4]. */
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly text: string;
}

/** What signs cosignatures: a name and an Ed25519 seed (a witness's key, or the log's own for `signedAt`). */
export interface CosignerSecret {
  readonly name: string;
  readonly seed: Uint8Array;
}

export function cosignerKeyId(name: string, publicKey: Uint8Array): string {
  const digest = createHash('sha256').update(concatBytes(utf8(name), Uint8Array.of(0x0a, COSIGNATURE_ALGORITHM), publicKey)).digest();
  return toHex(digest.subarray(0, 4));
}

export function cosignerKeyOf(name: string, publicKey: Uint8Array): CosignerKey {
  if (!isValidKeyName(name)) throw new MalformedError(`not a valid key name: ${JSON.stringify(name)}`);
  if (publicKey.length !== ED25519_KEY_SIZE) throw new MalformedError(`an Ed25519 public key is ${ED25519_KEY_SIZE} bytes`);
  const keyId = cosignerKeyId(name, publicKey);
  return { name, keyId, publicKey, text: `${name}+${keyId}+${toBase64(concatBytes(Uint8Array.of(COSIGNATURE_ALGORITHM), publicKey))}` };
}

export function cosignerKeyOfSecret(secret: CosignerSecret): CosignerKey {
  return cosignerKeyOf(secret.name, rawPublicKeyOf(privateKeyFromSeed(secret.seed)));
}

/** Parses a cosigner vkey (type 0x04), refusing a key whose id does not match. */
export function parseCosignerKey(text: string): CosignerKey {
  const [name = '', keyId = '', ...rest] = text.split('+');
  const encoded = rest.join('+');
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(keyId) || encoded === '') throw new MalformedError(`malformed cosigner key: ${text}`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(encoded);
  } catch {
    throw new MalformedError(`malformed cosigner key: ${text}`);
  }
  if (bytes.length !== ED25519_KEY_SIZE + 1 || bytes[0] !== COSIGNATURE_ALGORITHM) {
    throw new MalformedError(`cosigner key ${name}: expected type 0x04 (timestamped Ed25519) and a 32-byte key`);
  }
  const key = cosignerKeyOf(name, bytes.subarray(1));
  if (key.keyId !== keyId) throw new MalformedError(`cosigner key ${name}: key id does not match the key`);
  return key;
}
