import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MasterKey } from './master-key';
import { masterKeyCoverage } from './master-key.coverage';
import { masterKeyId } from '@casetrail/personal-data';

describe('the master key', () => {
  const current = randomBytes(32);
  const previous = randomBytes(32);
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'casetrail-master-key-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('given a previous key, opens by the stored master_key_id: current, previous, or none', () => {
    const key = MasterKey.load(
      { masterKey: current.toString('base64'), masterKeyPrevious: previous.toString('base64'), dataDir },
      () => undefined,
    );
    expect(key.byId(masterKeyId(current))).toEqual(current);
    expect(key.byId(masterKeyId(previous))).toEqual(previous);
    expect(key.byId(masterKeyId(randomBytes(32)))).toBeNull();
  });

  it('given no key, generates one once in the data folder; configured() never generates', () => {
    expect(MasterKey.configured({ masterKey: null, dataDir })).toBeNull();
    const warnings: string[] = [];
    const generated = MasterKey.load({ masterKey: null, dataDir }, (message) => warnings.push(message));
    expect(warnings).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'master.key'), 'utf8').trim()).toBe(generated.key.toString('base64'));
    expect(MasterKey.configured({ masterKey: null, dataDir })?.id).toBe(generated.id);
  });

  it('refuses a key that is not 32 bytes, and a previous key without a current one', () => {
    expect(() => MasterKey.load({ masterKey: 'c2hvcnQ=', dataDir }, () => undefined)).toThrow('CASETRAIL_MASTER_KEY');
    expect(() => MasterKey.load({ masterKey: null, masterKeyPrevious: previous.toString('base64'), dataDir }, () => undefined))
      .toThrow('there is no current master key');
  });

  it('tells the operator what an unfinished rotation or a missing key means', () => {
    const key = new MasterKey(current, previous);
    const stranger = masterKeyId(randomBytes(32));
    expect(masterKeyCoverage([{ masterKeyId: key.id, dataKeys: 5 }], key)).toEqual([
      expect.objectContaining({ level: 'log', masterKeyId: key.previousId, msg: expect.stringContaining('unset CASETRAIL_MASTER_KEY_PREVIOUS') }),
    ]);
    expect(masterKeyCoverage([{ masterKeyId: key.previousId!, dataKeys: 2 }, { masterKeyId: stranger, dataKeys: 1 }], key)).toEqual([
      expect.objectContaining({ level: 'warn', dataKeys: 2, msg: expect.stringContaining('keys rotate') }),
      expect.objectContaining({ level: 'error', dataKeys: 1, masterKeyId: stranger }),
    ]);
    expect(masterKeyCoverage([{ masterKeyId: key.id, dataKeys: 5 }], new MasterKey(current))).toEqual([]);
  });
});
