import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unwrapDataKey, wrapDataKey } from './data-key-wrapping';
import { epochFileName, formatEpochKeyFile, parseEpochKeyFile, unwrapEpochKey, wrapEpochKey } from './epoch-key-file';
import { EpochKeys } from './epoch-keys';
import { masterKeyCoverage } from './kek-coverage';
import { rotateKeyEncryptionKey } from './kek-rotation';
import { KeyEncryptionKeys } from './key-encryption-keys';
import { keysDirectory } from './key-settings';
import { KeysFolder } from './keys-folder';
import { masterKeyId } from './sealing';

describe('the key hierarchy: data key under an epoch key, epoch key under the master key (KEK)', () => {
  const kek = randomBytes(32);
  const otherKek = randomBytes(32);
  let root: string;
  let folder: KeysFolder;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'casetrail-keys-unit-'));
    folder = KeysFolder.open(join(root, 'keys'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('given an epoch key file, opens only with its KEK, in its keyring, under its own epoch name', () => {
    const epochKey = randomBytes(32);
    const file = wrapEpochKey(kek, masterKeyId(kek), 'kr_a', 'ep_1', epochKey);
    const parsed = parseEpochKeyFile(formatEpochKeyFile(file), 'f');
    expect(parsed).toEqual(file);
    expect(file.wrapped).not.toContain(epochKey.toString('base64'));
    expect(unwrapEpochKey(kek, parsed).equals(epochKey)).toBe(true);
    expect(() => unwrapEpochKey(otherKek, parsed)).toThrow();
    expect(() => unwrapEpochKey(kek, { ...parsed, keyring: 'kr_b' })).toThrow();
    expect(() => unwrapEpochKey(kek, { ...parsed, epoch: 'ep_2' })).toThrow();
    expect(() => parseEpochKeyFile('{"keyring":"kr_a"}', 'f')).toThrow('the epoch key file f has no epoch');
  });

  it('given a new epoch, writes its key file (0600) under the current KEK; destroying it leaves nothing that opens', () => {
    const epochs = new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(kek));
    const epochId = epochs.create();
    const path = join(folder.path, epochFileName(epochId));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(folder.path).mode & 0o777).toBe(0o700);
    const key = (epochs.get(epochId) as { key: Buffer }).key;
    const wrapped = wrapDataKey(key, Buffer.alloc(32, 9), 'subj_x');
    expect(parseEpochKeyFile(readFileSync(path, 'utf8'), path).kek).toBe(masterKeyId(kek));

    const fresh = new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(kek)); // another process
    expect(unwrapDataKey((fresh.get(epochId) as { key: Buffer }).key, wrapped, 'subj_x')).toEqual(Buffer.alloc(32, 9));
    epochs.destroy(epochId);
    expect(existsSync(path)).toBe(false);
    expect(epochs.get(epochId)).toEqual({ found: false, reason: 'epoch key destroyed', kekId: null });
    expect(fresh.get(epochId)).toEqual({ found: false, reason: 'epoch key destroyed', kekId: null }); // its cache is dropped too
  });

  it('given a file under a KEK the service was not given, says so by id; the previous KEK opens its files', () => {
    const epochId = new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(kek)).create();
    expect(new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(otherKek)).get(epochId)).toEqual({
      found: false, reason: 'key-encryption key not given', kekId: masterKeyId(kek),
    });
    expect(new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(otherKek, kek)).get(epochId).found).toBe(true);
    expect(() => new EpochKeys(folder, 'kr_b', new KeyEncryptionKeys(kek)).get(epochId)).toThrow('it was not written here');
  });

  it('given a KEK rotation, re-wraps each epoch file, keeps each epoch key, resumes, and leaves a third key alone', () => {
    const before = new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(kek));
    const ids = [before.create(), before.create(), before.create()];
    const keys = ids.map((id) => Buffer.from((before.get(id) as { key: Buffer }).key));
    const third = randomBytes(32);
    folder.create(epochFileName('ep_third'), formatEpochKeyFile(wrapEpochKey(third, masterKeyId(third), 'kr_a', 'ep_third', randomBytes(32))));
    const rotating = new KeyEncryptionKeys(otherKek, kek);
    const interrupted = () => rotateKeyEncryptionKey(folder, new EpochKeys(folder, 'kr_a', rotating), rotating, (done) => {
      if (done === 1) throw new Error('killed');
    });
    expect(interrupted).toThrow('killed');

    const result = rotateKeyEncryptionKey(folder, new EpochKeys(folder, 'kr_a', rotating), rotating);

    expect(result).toEqual({
      oldKeyId: masterKeyId(kek), newKeyId: masterKeyId(otherKek), rewrapped: 2, alreadyUnderNewKey: 1,
      underOtherKeys: { [masterKeyId(third)]: 1 },
    });
    const after = new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(otherKek));
    ids.forEach((id, i) => expect((after.get(id) as { key: Buffer }).key.equals(keys[i]!)).toBe(true));
    const oldOnly = new EpochKeys(folder, 'kr_a', new KeyEncryptionKeys(kek));
    for (const id of ids) expect(oldOnly.get(id)).toMatchObject({ found: false, reason: 'key-encryption key not given' });
    expect(() => rotateKeyEncryptionKey(folder, after, new KeyEncryptionKeys(kek, Buffer.from(kek)))).toThrow('the new master key is the old one');

    const tampered = { ...wrapEpochKey(kek, masterKeyId(otherKek), 'kr_a', 'ep_tampered', randomBytes(32)) };
    folder.create(epochFileName('ep_tampered'), formatEpochKeyFile(tampered));
    const back = new KeyEncryptionKeys(kek, otherKek);
    expect(() => rotateKeyEncryptionKey(folder, new EpochKeys(folder, 'kr_a', back), back)).toThrow('epoch-ep_tampered.key does not open with the old master key');
    expect(parseEpochKeyFile(readFileSync(join(folder.path, epochFileName('ep_tampered')), 'utf8'), 'f')).toEqual(tampered);
  });

  it('given no KEK configured, generates one into the keys folder (never the data folder) and moves an old one out of it', () => {
    const dataDir = join(root, 'data');
    expect(KeyEncryptionKeys.configured({ masterKey: null, dataDir }, folder)).toBeNull();
    const warnings: string[] = [];
    const generated = KeyEncryptionKeys.load({ masterKey: null, dataDir }, folder, (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringContaining('generated a master key in')]);
    expect(readFileSync(join(folder.path, 'master.key'), 'utf8').trim()).toBe(generated.key.toString('base64'));
    expect(statSync(join(folder.path, 'master.key')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dataDir, 'master.key'))).toBe(false);

    const older = KeysFolder.open(join(root, 'older-keys'));
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'master.key'), kek.toString('base64') + '\n');
    const moved = KeyEncryptionKeys.load({ masterKey: null, dataDir }, older, (m) => warnings.push(m));
    expect(moved.id).toBe(masterKeyId(kek));
    expect(existsSync(join(dataDir, 'master.key'))).toBe(false);
    expect(warnings.at(-1)).toContain('the data folder holds no key any more');
  });

  it('refuses a KEK that is not 32 bytes, and a previous KEK without a current one', () => {
    const dataDir = join(root, 'data');
    expect(() => KeyEncryptionKeys.load({ masterKey: 'c2hvcnQ=', dataDir }, folder, () => undefined)).toThrow('CASETRAIL_MASTER_KEY');
    expect(() => KeyEncryptionKeys.load({ masterKey: null, masterKeyPrevious: kek.toString('base64'), dataDir }, folder, () => undefined))
      .toThrow('there is no current master key');
  });

  it('tells the operator what an unfinished rotation or a missing KEK means', () => {
    const keks = new KeyEncryptionKeys(kek, otherKek);
    const stranger = masterKeyId(randomBytes(32));
    expect(masterKeyCoverage([{ kek: keks.id }], keks)).toEqual([
      expect.objectContaining({ level: 'log', masterKeyId: keks.previousId, msg: expect.stringContaining('unset CASETRAIL_MASTER_KEY_PREVIOUS') }),
    ]);
    expect(masterKeyCoverage([{ kek: keks.previousId! }, { kek: keks.previousId! }, { kek: stranger }], keks)).toEqual([
      expect.objectContaining({ level: 'warn', epochKeys: 2, msg: expect.stringContaining('keys rotate') }),
      expect.objectContaining({ level: 'error', epochKeys: 1, masterKeyId: stranger }),
    ]);
    expect(masterKeyCoverage([{ kek: keks.id }], new KeyEncryptionKeys(kek))).toEqual([]);
  });

  it('puts the keys folder beside the data folder unless CASETRAIL_KEYS_DIR says where', () => {
    expect(keysDirectory({}, '/srv/data')).toBe('/srv/data-keys');
    expect(keysDirectory({}, '/srv/data/')).toBe('/srv/data-keys');
    expect(keysDirectory({ CASETRAIL_KEYS_DIR: '/secure/keys' }, '/srv/data')).toBe('/secure/keys');
  });
});
