import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { concatBytes, fromBase64, isWellFormedUnicode, toBase64, toHex, utf8 } from '../encoding';
import { MalformedError } from '../errors';
import { ED25519_KEY_SIZE, privateKeyFromSeed, rawPublicKeyOf, seedOf } from './ed25519';

/** C2SP signed-note signature type byte for Ed25519. */
export const ED25519_ALGORITHM = 0x01;

/**
 * A note signing key. `signerKey` is the secret, in the golang.org/x/mod/sumdb/note encoding
 * `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || 32-byte seed)>`, so keys move freely between
 * this ledger and Go tooling; `verifierKey` is the public `<name>+<key id>+<base64(0x01 || key)>`.
 */
export interface SigningKey {
  readonly name: string;
  readonly keyId: string;
  readonly signerKey: string;
  readonly verifierKey: string;
}

export interface VerifierKey {
  readonly name: string;
  /** 8 lowercase hex digits: the first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key). */
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly text: string;
}

export interface SignerKey {
  readonly name: string;
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly seed: Uint8Array;
}

/**
 * C2SP signed-note: non-empty, no Unicode white space (the set Go's unicode.IsSpace uses), no plus.
 * Control characters are refused too, since a note may not contain them.
 */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && isWellFormedUnicode(name) && !/[\p{White_Space}+\u0000-\u001f]/u.test(name);
}

export function keyIdOf(name: string, publicKey: Uint8Array): string {
  const digest = createHash('sha256').update(concatBytes(utf8(name), Uint8Array.of(0x0a, ED25519_ALGORITHM), publicKey)).digest();
  return toHex(digest.subarray(0, 4));
}

export function generateSigningKey(name: string): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromSeed(name, seedOf(privateKey));
}

export function signingKeyFromSeed(name: string, seed: Uint8Array): SigningKey {
  assertKeyName(name);
  if (seed.length !== ED25519_KEY_SIZE) throw new RangeError(`an Ed25519 seed is ${ED25519_KEY_SIZE} bytes, got ${seed.length}`);
  const publicKey = rawPublicKeyOf(privateKeyFromSeed(seed));
  const keyId = keyIdOf(name, publicKey);
  const encode = (raw: Uint8Array) => toBase64(concatBytes(Uint8Array.of(ED25519_ALGORITHM), raw));
  return {
    name,
    keyId,
    signerKey: `PRIVATE+KEY+${name}+${keyId}+${encode(seed)}`,
    verifierKey: `${name}+${keyId}+${encode(publicKey)}`,
  };
}

/** For keys kept as PKCS#8 PEM (e.g. `openssl genpkey -algorithm ed25519`). */
export function signingKeyFromPkcs8Pem(name: string, pem: string): SigningKey {
  const privateKey = createPrivateKey({ key: pem, format: 'pem' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new MalformedError(`not an Ed25519 key: ${privateKey.asymmetricKeyType}`);
  return signingKeyFromSeed(name, seedOf(privateKey));
}

export function parseVerifierKey(text: string): VerifierKey {
  const { name, keyId, key } = splitKey(text, text);
  if (key.length !== ED25519_KEY_SIZE) throw new MalformedError(`verifier key ${name}: Ed25519 public key must be 32 bytes`);
  if (keyIdOf(name, key) !== keyId) throw new MalformedError(`verifier key ${name}: key id does not match the key`);
  return { name, keyId, publicKey: key, text };
}

export function parseSignerKey(text: string): SignerKey {
  if (!text.startsWith('PRIVATE+KEY+')) throw new MalformedError('signer key must start with PRIVATE+KEY+');
  // The secret is deliberately left out of error messages.
  const { name, keyId, key } = splitKey(text.slice('PRIVATE+KEY+'.length), 'signer key');
  if (key.length !== ED25519_KEY_SIZE) throw new MalformedError(`signer key ${name}: Ed25519 seed must be 32 bytes`);
  const signing = signingKeyFromSeed(name, key);
  if (signing.keyId !== keyId) throw new MalformedError(`signer key ${name}: key id does not match the key`);
  return { name, keyId, publicKey: parseVerifierKey(signing.verifierKey).publicKey, seed: key };
}

/** `<name>+<8 hex>+<base64>`; the base64 part may itself contain '+', so only the first two split. */
function splitKey(text: string, label: string): { name: string; keyId: string; key: Uint8Array } {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) throw new MalformedError(`malformed key: ${label}`);
  const name = text.slice(0, first);
  const id = text.slice(first + 1, second);
  if (!isValidKeyName(name) || !/^[0-9a-fA-F]{8}$/.test(id)) throw new MalformedError(`malformed key: ${label}`);
  let raw: Uint8Array;
  try {
    raw = fromBase64(text.slice(second + 1));
  } catch {
    throw new MalformedError(`malformed key: ${label}`);
  }
  if (raw.length === 0 || raw[0] !== ED25519_ALGORITHM) throw new MalformedError(`unknown key algorithm: ${label}`);
  return { name, keyId: id.toLowerCase(), key: raw.subarray(1) };
}

function assertKeyName(name: string): void {
  if (!isValidKeyName(name)) throw new MalformedError(`invalid key name ${JSON.stringify(name)}: must be non-empty, without spaces or '+'`);
}
