import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@casetrail/database';
import { createHash } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';

const ROOT = join(__dirname, '../../..');

/** The built CLI in a real child process, against PostgreSQL (DATABASE_URL) or a fresh embedded data folder. */
describe('the command-line tool', () => {
  let env: NodeJS.ProcessEnv;
  let server: TestDatabase | null = null;
  let dataDir: string;

  beforeAll(async () => {
    execFileSync('npx', ['nest', 'build', 'cli'], { cwd: ROOT, stdio: 'ignore' });
    dataDir = mkdtempSync(join(tmpdir(), 'casetrail-cli-'));
    if (process.env.DATABASE_URL) server = await createTestDatabase();
    env = { ...process.env, DATABASE_URL: server?.url ?? '', CASETRAIL_DATA_DIR: dataDir, CASETRAIL_LOG_LEVEL: 'error' };
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), ...args], { cwd: ROOT, env, encoding: 'utf8' });

  async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const db = await openDatabase({ url: server?.url, dataDir });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  it('given --help, describes every command and exits 0', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('users add');
    expect(help.stdout).toContain('projections rebuild');
    expect(cli('users', 'add', '--help').status).toBe(0);
    expect(cli('projections', 'rebuild', '--help').stdout).toContain('resumes');
  });

  it('given users add, prints a token that is stored only as its hash, and records the user in the ledger without it', async () => {
    const added = cli('users', 'add', '--name', 'Ntate Mokoena', '--role', 'investigator', '--district', 'leribe', '--agency', 'LMPS Leribe');
    expect(added.status).toBe(0);
    const token = added.stdout.trim();
    expect(token).toMatch(/^ct_/);
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const rows = await withDatabase(async (db) => (await db.pool.query('SELECT name, role, district, agency, token_hash FROM users')).rows);
    expect(rows).toEqual([{ name: 'Ntate Mokoena', role: 'investigator', district: 'leribe', agency: 'LMPS Leribe', token_hash: tokenHash }]);
    const events = await withDatabase(async (db) => (await db.pool.query('SELECT stream_kind, type, data FROM events')).rows);
    expect(events).toEqual([{ stream_kind: 'user', type: 'UserCreated', data: expect.stringContaining('"agency":"LMPS Leribe"') }]);
    expect(JSON.stringify(events)).not.toMatch(new RegExp(`${token}|${tokenHash}`));
    expect(cli('users', 'add', '--name', 'x', '--role', 'donor', '--agency', 'a\u0007b').status).toBe(2);
  }, 60_000);

  it('given a bad role or an unknown command, refuses with a message and a non-zero exit', () => {
    const badRole = cli('users', 'add', '--name', 'x', '--role', 'king');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of');
    expect(cli('users', 'remove').status).toBe(2);
  });

  it('given projections rebuild, rebuilds and switches over', () => {
    const rebuilt = cli('projections', 'rebuild', 'caseload');
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toMatch(/caseload: rebuilt from \d+ events as generation \d+/);
    expect(cli('projections', 'rebuild', 'nothing').status).toBe(2);
    const all = cli('projections', 'rebuild');
    expect(all.status).toBe(0);
    for (const name of ['caseload', 'government_action', 'red_flags', 'court_calendar', 'claims', 'case_list']) {
      expect(all.stdout).toMatch(new RegExp(`^${name}: rebuilt from \\d+ events as generation \\d+`, 'm'));
    }
  }, 60_000);
});
