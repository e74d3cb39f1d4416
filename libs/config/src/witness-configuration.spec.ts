import { cosignerKeyOfSecret, generateSigningKey, parseSignerKey } from '@casetrail/ledger';
import { ConfigurationError } from './configuration-error';
import { parseWitnesses } from './witness-configuration';

const cosignerKey = (name: string) => {
  const { seed } = parseSignerKey(generateSigningKey(name).signerKey);
  return cosignerKeyOfSecret({ name, seed }).text;
};

describe('CASETRAIL_WITNESSES', () => {
  const w1 = cosignerKey('witness.example/w1');
  const w2 = cosignerKey('auditor.example/w2');

  it('given none, then there is no witness', () => {
    expect(parseWitnesses(undefined)).toEqual([]);
    expect(parseWitnesses(' ')).toEqual([]);
  });

  it('given witnesses separated by a comma or a newline, each "<url> <cosigner key>", then each is named by its key', () => {
    expect(parseWitnesses(`http://127.0.0.1:7380/ ${w1},\n https://w2.example/witness  ${w2}\n`)).toEqual([
      { name: 'witness.example/w1', url: 'http://127.0.0.1:7380', key: w1 },
      { name: 'auditor.example/w2', url: 'https://w2.example/witness', key: w2 },
    ]);
  });

  it.each([
    ['a key missing', 'http://127.0.0.1:7380'],
    ['a note key instead of a cosigner key', `http://127.0.0.1:7380 ${generateSigningKey('w').verifierKey}`],
    ['not a URL', `127.0.0.1:7380x ${cosignerKey('w')}`],
    ['another scheme', `ftp://w.example ${cosignerKey('w')}`],
    ['a third field', `http://w.example ${cosignerKey('w')} extra`],
  ])('given %s, then it refuses to start naming CASETRAIL_WITNESSES', (_case, raw) => {
    expect(() => parseWitnesses(raw)).toThrow(ConfigurationError);
    expect(() => parseWitnesses(raw)).toThrow('CASETRAIL_WITNESSES');
  });

  it('given one witness twice, then it is refused', () => {
    expect(() => parseWitnesses(`http://a.example ${w1}, http://b.example ${w1}`)).toThrow('named twice');
  });
});
