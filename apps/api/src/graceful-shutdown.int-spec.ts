import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../../../test/support/test-database';

const ROOT = join(__dirname, '../../..');
const ADMIN = 'shutdown-admin-token-0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The built service in a child process: SIGTERM lets an in-flight request finish, then exits 0. */
describe('graceful shutdown', () => {
  beforeAll(() => execFileSync('npx', ['nest', 'build', 'api'], { cwd: ROOT, stdio: 'ignore' }), 120_000);

  it('given a request in flight, SIGTERM answers it before the process exits', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-shutdown-'));
    const server = process.env.DATABASE_URL ? await createTestDatabase(1) : null;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env, DATABASE_URL: server?.url ?? '', PORT: String(port), CASETRAIL_DATA_DIR: dataDir,
        CASETRAIL_ADMIN_TOKEN: ADMIN, CASETRAIL_PROJECTIONS: 'off', CASETRAIL_LOG_LEVEL: 'error',
      },
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200; i++) {
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
      await sleep(100);
    }
    const json = { 'Content-Type': 'application/json' };
    const { token } = await (await fetch(`${base}/v1/admin/users`, {
      method: 'POST', headers: { ...json, Authorization: `Bearer ${ADMIN}` }, body: JSON.stringify({ name: 'i', role: 'investigator' }),
    })).json() as { token: string };
    const auth = { ...json, Authorization: `Bearer ${token}` };
    const referred = await (await fetch(`${base}/v1/cases`, {
      method: 'POST', headers: auth,
      body: JSON.stringify({ caseId: randomUUID(), occurredAt: '2021-11-08T09:30:00+02:00', source: 'police', district: 'maseru', form: 'sex' }),
    })).json() as { position: number };

    // With the projections off, this read waits for read models that never catch up: it is in flight for 5 s.
    const inFlight = fetch(`${base}/v1/caseload?minPosition=${referred.position}`, { headers: auth });
    await sleep(300);
    child.kill('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { code: string }).code).toBe('READ_MODEL_BEHIND');
    expect(await exited).toBe(0);
    for (const folder of [dataDir, `${dataDir}-keys`]) rmSync(folder, { recursive: true, force: true });
    await server?.close();
  }, 60_000);
});
