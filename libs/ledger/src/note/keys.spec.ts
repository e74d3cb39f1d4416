import { generateKeyPairSync } from 'node:crypto';
import { MalformedError } from '../errors';
import { ENOCH_VERIFIER_KEY, FORMATS_KEY_PAIRS, PETER_SIGNER_KEY, PETER_VERIFIER_KEY, SUMDB_VERIFIER_KEY } from '../testing/note-vectors';
import { generateSigningKey, isValidKeyName, keyIdOf, parseSignerKey, parseVerifierKey, signingKeyFromPkcs8Pem, signingKeyFromSeed } from './keys';

/** Every proper substring and every single-byte increment of a key, as note_test.go tries. */
function manglings(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= key.length; i++) for (let j = i + 1; j <= key.length; j++) if (i !== 0 || j !== key.length) out.push(key.slice(i, j));
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1));
  return out;
}

describe('note keys (C2SP signed-note, Ed25519)', () => {
  it('given the PeterNeumann verifier key from note_test.go, when parsed, then name and key id come out and the id is the SHA-256 prefix', () => {
    const key = parseVerifierKey(PETER_VERIFIER_KEY);
    expect(key).toMatchObject({ name: 'PeterNeumann', keyId: 'c74f20a3', text: PETER_VERIFIER_KEY });
    expect(keyIdOf('PeterNeumann', key.publicKey)).toBe('c74f20a3');
    expect(parseVerifierKey(ENOCH_VERIFIER_KEY).keyId).toBe('af0cfe78');
  });

  it('given the PeterNeumann signer key, when parsed, then it derives exactly the published verifier key', () => {
    const signer = parseSignerKey(PETER_SIGNER_KEY);
    expect(signingKeyFromSeed(signer.name, signer.seed)).toEqual({
      name: 'PeterNeumann',
      keyId: 'c74f20a3',
      signerKey: PETER_SIGNER_KEY,
      verifierKey: PETER_VERIFIER_KEY,
    });
  });

  it.each(FORMATS_KEY_PAIRS)('given the transparency-dev/formats pair %s, then the signer derives its verifier', (signerKey, verifierKey) => {
    const signer = parseSignerKey(signerKey);
    expect(signingKeyFromSeed(signer.name, signer.seed).verifierKey).toBe(verifierKey);
    expect(parseVerifierKey(verifierKey).keyId).toBe(signer.keyId);
  });

  it('given a verifier key whose base64 contains "+", when parsed, then only the first two "+" separate fields', () => {
    expect(parseVerifierKey(SUMDB_VERIFIER_KEY)).toMatchObject({ name: 'sum.golang.org', keyId: '033de0ae' });
  });

  it('given any truncation or single-character change of the verifier key, when parsed, then it is refused', () => {
    for (const bad of manglings(PETER_VERIFIER_KEY)) expect(() => parseVerifierKey(bad)).toThrow(MalformedError);
  });

  it('given any truncation or single-character change of the signer key, when parsed, then it is refused', () => {
    for (const bad of manglings(PETER_SIGNER_KEY)) expect(() => parseSignerKey(bad)).toThrow(MalformedError);
  });

  it.each([
    ['a wrong-length key with an adjusted key id', 'PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=='],
    ['an unknown algorithm with an adjusted key id', 'PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
  ])('given %s (note_test.go), when parsed, then it is refused', (_case, key) => {
    expect(() => parseVerifierKey(key)).toThrow(MalformedError);
  });

  it('given a generated key, then its signer and verifier strings parse back to the same name, id and public key', () => {
    const key = generateSigningKey('casetrail.example/ledger');
    expect(key.signerKey).toMatch(/^PRIVATE\+KEY\+casetrail\.example\/ledger\+[0-9a-f]{8}\+/);
    const signer = parseSignerKey(key.signerKey);
    const verifier = parseVerifierKey(key.verifierKey);
    expect(verifier).toMatchObject({ name: key.name, keyId: key.keyId });
    expect(signer.publicKey).toEqual(verifier.publicKey);
    expect(generateSigningKey('casetrail.example/ledger').keyId).not.toBe(key.keyId);
  });

  it('given an Ed25519 PKCS#8 PEM, when imported, then it yields the same key as its raw seed', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
    expect(signingKeyFromPkcs8Pem('log', pem)).toEqual(signingKeyFromSeed('log', seed));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => signingKeyFromPkcs8Pem('log', rsa)).toThrow(MalformedError);
  });

  it.each(['', 'has space', 'plus+sign', 'tab\there', 'nbsp\u00a0', 'ideographic\u3000space', 'line\u2028sep'])(
    'given the key name %j, then it is not a valid key name',
    (name) => {
      expect(isValidKeyName(name)).toBe(false);
      expect(() => generateSigningKey(name)).toThrow(MalformedError);
    },
  );

  it.each(['example.com/log', 'Señor-1', 'PeterNeumann'])('given the key name %j, then it is valid', (name) => {
    expect(isValidKeyName(name)).toBe(true);
  });
});
