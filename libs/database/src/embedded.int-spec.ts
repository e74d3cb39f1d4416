import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Database } from './database';
import { openDatabase } from './open-database';
import { UnsafeFolderError } from './private-folder';

/** Every file and folder under `root` whose mode is not 0600 (files) or 0700 (folders), with its mode. */
function loosePaths(root: string): string[] {
  const loose: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    const mode = stat.mode & 0o777;
    if (mode !== (stat.isDirectory() ? 0o700 : 0o600)) loose.push(`${path} ${mode.toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(root);
  return loose;
}

/** Runs a small `pg` client in a process of its own, as `uid` when given; its exit status and output. */
async function clientProcess(script: string, uid?: number): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
      cwd: join(__dirname, '../../..'),
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}

const connectScript = (url: string) =>
  `const { Client } = require('pg'); const c = new Client({ connectionString: ${JSON.stringify(url)} });
   c.connect().then(() => c.query('SELECT count(*) FROM secrets')).then((r) => { console.log(JSON.stringify(r.rows)); return c.end(); })
    .catch((e) => { console.error(e.code || e.message); process.exit(3); });`;
const readScript = (file: string) => `require('fs').readFileSync(${JSON.stringify(file)}); console.log('read');`;

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

describe('the embedded database: closed to other local users, on the wire and on disk', () => {
  let folder: string;
  let dataDir: string;
  let database: Database;
  const warnings: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'casetrail-closed-'));
    dataDir = join(folder, 'data');
    // Given a data folder left readable by everyone (as PGlite and a default umask leave it today).
    mkdirSync(join(dataDir, 'pg'), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'pg'), 0o755);
    writeFileSync(join(dataDir, 'ledger.key'), 'not really a key\n', { mode: 0o644 });
    chmodSync(join(dataDir, 'ledger.key'), 0o644);
    database = await openDatabase({ dataDir, warn: (message) => warnings.push(message) });
    await database.pool.query(`CREATE TABLE secrets (value text); INSERT INTO secrets VALUES ('x'); CHECKPOINT`);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('given a loose data folder, makes it and every file PGlite wrote private (0700/0600), and says so once', () => {
    expect(loosePaths(dataDir)).toEqual([]);
    expect(readdirSync(join(dataDir, 'pg')).length).toBeGreaterThan(5); // PGlite's cluster is there, and was checked
    expect(warnings).toEqual([expect.stringContaining('was readable by others: made 3 files and folders private')]);
  });

  it('serves on a Unix socket in a 0700 folder, never on a TCP port', () => {
    const url = new URL(database.url);
    const socketDir = decodeURIComponent(url.hostname);
    expect(socketDir.startsWith('/')).toBe(true);
    expect(url.port).toBe('');
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(socketDir, '.s.PGSQL.5432')).isSocket()).toBe(true);
  });

  it('PGlite itself checks no password: the socket folder is the only gate', async () => {
    const url = new URL(database.url);
    url.password = 'not-the-password';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM secrets')).rows).toEqual([{ n: 1 }]);
    await client.end();
  });

  (asRoot ? it : it.skip)('another local user can neither connect nor read the files; this user can (run as root)', async () => {
    const sameUser = await clientProcess(connectScript(database.url));
    expect(sameUser).toEqual({ ok: true, output: expect.stringContaining('"count":"1"') });

    const stranger = await clientProcess(connectScript(database.url), NOBODY);
    expect(stranger).toEqual({ ok: false, output: expect.stringContaining('EACCES') });
    const pgControl = join(dataDir, 'pg', 'global', 'pg_control');
    expect((await clientProcess(readScript(pgControl))).ok).toBe(true);
    expect(await clientProcess(readScript(pgControl), NOBODY)).toEqual({ ok: false, output: expect.stringContaining('EACCES') });
  }, 60_000);

  it('files written after the start are private too (the umask)', async () => {
    await database.pool.query(`CREATE TABLE later (value text); INSERT INTO later SELECT repeat('y', 100) FROM generate_series(1, 2000); CHECKPOINT`);
    expect(loosePaths(dataDir)).toEqual([]);
  });

  (asRoot ? it : it.skip)('refuses a data folder that belongs to another user (run as root)', async () => {
    const foreign = join(folder, 'foreign');
    mkdirSync(foreign);
    chownSync(foreign, NOBODY, NOBODY);
    await expect(openDatabase({ dataDir: foreign })).rejects.toThrow(UnsafeFolderError);
    await expect(openDatabase({ dataDir: foreign })).rejects.toThrow(`belongs to user ${NOBODY}`);
  });
});
