import { ed25519 } from '@noble/curves/ed25519';
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';

// What libs/ledger's verification calls of node:crypto, for the page: synchronous SHA-256 and Ed25519 in pure
// JS (WebCrypto's are asynchronous, and verifyClaimBundle is the CLI's synchronous code, run unchanged).
// Signing and key generation stay on the server: the page only verifies.

type Bytes = Uint8Array;

class Sha256 {
  private readonly hash = sha256.create();
  update(data: Bytes | string): this {
    this.hash.update(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    return this;
  }
  digest(): Uint8Array {
    return this.hash.digest();
  }
}

export function createHash(algorithm: string): Sha256 {
  if (algorithm !== 'sha256') throw new Error(`the page has no ${algorithm}`);
  return new Sha256();
}

export function createHmac(algorithm: string, key: Bytes) {
  if (algorithm !== 'sha256') throw new Error(`the page has no ${algorithm}`);
  const mac = hmac.create(sha256, key);
  const self = {
    update(data: Bytes | string) {
      mac.update(typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return self;
    },
    digest: () => mac.digest(),
  };
  return self;
}

/** An Ed25519 public key as the ledger imports it: the fixed SPKI DER prefix (RFC 8410), then the 32 raw bytes. */
interface PublicKey {
  readonly raw: Uint8Array;
}

const SPKI_PREFIX_LENGTH = 12;

export function createPublicKey(input: { key: Bytes; format: 'der'; type: 'spki' } | unknown): PublicKey {
  const spki = input as { key?: Bytes; format?: string; type?: string };
  if (spki.format !== 'der' || spki.type !== 'spki' || !(spki.key instanceof Uint8Array)) throw new Error('the page verifies with raw Ed25519 public keys only');
  if (spki.key.length !== SPKI_PREFIX_LENGTH + 32) throw new Error('not an Ed25519 public key');
  return { raw: spki.key.subarray(SPKI_PREFIX_LENGTH) };
}

export function verify(algorithm: null, message: Bytes, key: PublicKey, signature: Bytes): boolean {
  if (algorithm !== null) throw new Error('Ed25519 only');
  return ed25519.verify(signature, message, key.raw, { zip215: false });
}

const serverOnly = (name: string) => () => {
  throw new Error(`${name} is the server's: the page only verifies`);
};
export const createPrivateKey = serverOnly('createPrivateKey');
export const generateKeyPairSync = serverOnly('generateKeyPairSync');
export const sign = serverOnly('sign');
export const randomBytes = serverOnly('randomBytes');
