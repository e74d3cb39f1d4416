import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, openCheckpoint, signCheckpoint } from '@casetrail/ledger';
import { ConfigurationError } from '@casetrail/config';
import { LedgerKeys } from './ledger-keys';

describe('LedgerKeys.load', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'casetrail-ledger-key-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('given no key configured, when first started, then a key is generated into ledger.key and its verifier key told once', () => {
    const warnings: string[] = [];
    const first = LedgerKeys.load({ dataDir, origin: 'casetrail/maseru' }, (m) => warnings.push(m));
    const file = join(dataDir, 'ledger.key');
    expect(readFileSync(file, 'utf8')).toBe(first.signing.signerKey + '\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(first.verifierKey);

    const again = LedgerKeys.load({ dataDir, origin: 'casetrail/maseru' }, (m) => warnings.push(m));
    expect(again.verifierKey).toBe(first.verifierKey);
    expect(warnings).toHaveLength(1);
    expect(again.publicKey).toHaveLength(32);
    expect(again.origin).toBe('casetrail/maseru');
  });

  it('given CASETRAIL_LEDGER_KEY, then it signs with that key and generates nothing', () => {
    const key = generateSigningKey('casetrail/maseru');
    const loaded = LedgerKeys.load({ key: key.signerKey, dataDir, origin: 'casetrail/maseru' }, () => fail('no warning'));
    const note = signCheckpoint({ origin: 'casetrail/maseru', treeSize: 0, rootHash: new Uint8Array(32) }, loaded.signing.signerKey);
    expect(() => openCheckpoint(note, { origin: 'casetrail/maseru', verifierKeys: [key.verifierKey] })).not.toThrow();
    expect(() => statSync(join(dataDir, 'ledger.key'))).toThrow();
  });

  it('given a key file with an Ed25519 PKCS#8 PEM key, then the key is named after the origin', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    writeFileSync(join(dataDir, 'signing.pem'), pem);
    const loaded = LedgerKeys.load({ keyFile: join(dataDir, 'signing.pem'), dataDir, origin: 'casetrail/leribe' }, () => undefined);
    expect(loaded.verifierKey.startsWith('casetrail/leribe+')).toBe(true);
  });

  it.each([
    ['a key of another log', () => ({ key: generateSigningKey('casetrail/other').signerKey }), 'casetrail/other'],
    ['a key that is not one', () => ({ key: 'PRIVATE+KEY+casetrail/maseru+00000000+AQ==' }), 'CASETRAIL_LEDGER_KEY'],
    ['a key file that is missing', () => ({ keyFile: '/nonexistent/ledger.key' }), '/nonexistent/ledger.key'],
  ])('given %s, then it refuses to start, saying why', (_case, settings, words) => {
    const load = () => LedgerKeys.load({ ...settings(), dataDir, origin: 'casetrail/maseru' }, () => undefined);
    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(words);
  });
});
