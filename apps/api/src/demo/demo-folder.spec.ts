import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_MARKER, DemoRefused, prepareDemoFolders } from './demo-folder';

describe('the demo\'s folders', () => {
  let root: string;
  let data: string;
  let keys: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'casetrail-demo-folder-'));
    [data, keys] = [join(root, 'data'), join(root, 'data-keys')];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('given absent folders, creates them, each holding only the marker', () => {
    prepareDemoFolders({}, [data, keys]);
    expect(readdirSync(data)).toEqual([DEMO_MARKER]);
    expect(readdirSync(keys)).toEqual([DEMO_MARKER]);
  });

  it('given empty folders, takes them', () => {
    mkdirSync(data);
    mkdirSync(keys);
    prepareDemoFolders({}, [data, keys]);
    expect(readdirSync(data)).toEqual([DEMO_MARKER]);
  });

  it('given folders of an earlier demo (the marker inside), wipes what they hold', () => {
    prepareDemoFolders({}, [data, keys]);
    writeFileSync(join(data, 'PG_VERSION'), '17');
    writeFileSync(join(keys, 'epoch-1.key'), 'k');
    prepareDemoFolders({}, [data, keys]);
    expect(readdirSync(data)).toEqual([DEMO_MARKER]);
    expect(readdirSync(keys)).toEqual([DEMO_MARKER]);
  });

  it('given a folder with data the demo did not create, refuses naming it, and removes nothing anywhere', () => {
    prepareDemoFolders({}, [data]);
    writeFileSync(join(data, 'PG_VERSION'), '17');
    mkdirSync(keys);
    writeFileSync(join(keys, 'master.key'), 'precious');
    expect(() => prepareDemoFolders({}, [data, keys])).toThrow(DemoRefused);
    expect(() => prepareDemoFolders({}, [data, keys])).toThrow(new RegExp(`${keys} holds data the demo did not create`));
    expect(existsSync(join(keys, 'master.key'))).toBe(true);
    expect(existsSync(join(data, 'PG_VERSION'))).toBe(true);
  });

  it('given DATABASE_URL (a real database), refuses before touching any folder', () => {
    prepareDemoFolders({}, [data]);
    writeFileSync(join(data, 'PG_VERSION'), '17');
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };
    expect(() => prepareDemoFolders(env, [data, keys])).toThrow(/DATABASE_URL is set: the demo .* runs only on its own embedded database/);
    expect(existsSync(join(data, 'PG_VERSION'))).toBe(true);
    expect(existsSync(keys)).toBe(false);
  });
});
