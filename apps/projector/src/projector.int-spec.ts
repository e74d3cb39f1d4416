import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@casetrail/event-store';
import { generationsOf, rebuildProjection } from '@casetrail/projections';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { PROJECTIONS } from '@casetrail/read-models';
import { snapshotReadModels } from '../../../test/support/read-model-snapshot';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';

const onServer = !!process.env.DATABASE_URL;
const ROOT = join(__dirname, '../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Projector processes for real: killed with SIGKILL half way through catching up, or racing another
 * projector, they must end with read models identical to a clean rebuild. The projector needs a
 * PostgreSQL server (the embedded database belongs to the API process), so this runs with DATABASE_URL.
 */
(onServer ? describe : describe.skip)('the projector process (PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let total = 0;

  beforeAll(async () => {
    execFileSync('npx', ['nest', 'build', 'projector'], { cwd: ROOT, stdio: 'ignore' });
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    total = (await loadSyntheticCases(store, { cases: 250, seed: 77, from: '2018-04-01T00:00:00+02:00', until: new Date('2024-01-01T00:00:00Z') })).events;
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  /** What each projector said it owns, most recent last. */
  const ownership = new Map<ChildProcess, string[][]>();
  const startProjector = (): ChildProcess => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/projector/src/main.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        CASETRAIL_DATA_DIR: mkdtempSync(join(tmpdir(), 'projector-')),
        CASETRAIL_PROJECTION_BATCH_SIZE: '20',
        CASETRAIL_DB_POOL_SIZE: '2',
      },
    });
    ownership.set(child, []);
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const entry = JSON.parse(line) as { owned?: string[] };
        if (entry.owned) ownership.get(child)!.push(entry.owned);
      }
    });
    return child;
  };
  const owns = (child: ChildProcess) => ownership.get(child)!.at(-1) ?? [];
  const ALL = PROJECTIONS.map((p) => p.name).sort();
  const applied = async () => {
    let sum = 0;
    for (const p of PROJECTIONS) sum += (await generationsOf(db.pool, p.name)).find((g) => g.status === 'active')?.eventsApplied ?? 0;
    return sum;
  };
  const waitFor = async (test: () => Promise<boolean>, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!(await test())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(20);
    }
  };
  const stopped = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));
  const rebuilt = async () => {
    const live = await snapshotReadModels(db.pool, PROJECTIONS);
    for (const p of PROJECTIONS) await rebuildProjection(db.pool, store, p, { totalEvents: async () => total });
    return { live, rebuilt: await snapshotReadModels(db.pool, PROJECTIONS) };
  };

  it('given a projector killed with SIGKILL half way through catching up and restarted, ends equal to a clean rebuild', async () => {
    const first = startProjector();
    await waitFor(async () => (await applied()) > 0);
    first.kill('SIGKILL');
    await stopped(first);
    const atKill = await applied();
    expect(atKill).toBeLessThan(total * PROJECTIONS.length);

    const second = startProjector();
    await waitFor(async () => (await applied()) === total * PROJECTIONS.length);
    second.kill('SIGTERM');
    await stopped(second);
    const { live, rebuilt: clean } = await rebuilt();
    expect(live).toEqual(clean);
  }, 120_000);

  it('given two projectors, each projection has one owner; the owner SIGKILLed, the other takes over with no gap and nothing applied twice', async () => {
    const more = await loadSyntheticCases(store, { cases: 150, seed: 78, from: '2018-04-01T00:00:00+02:00', until: new Date('2024-01-01T00:00:00Z') });
    total += more.events;
    const before = await applied();
    const [one, two] = [startProjector(), startProjector()];
    await waitFor(async () => [...owns(one), ...owns(two)].length === ALL.length && (await applied()) > before);
    // Every projection owned, and by one projector only.
    expect([...owns(one), ...owns(two)].sort()).toEqual(ALL);
    const [owner, other] = owns(one).length > 0 ? [one, two] : [two, one];
    const taken = owns(owner);
    expect(owns(other).filter((name) => taken.includes(name))).toEqual([]);

    owner.kill('SIGKILL');
    await stopped(owner);
    await waitFor(async () => owns(other).length === ALL.length);
    await waitFor(async () => {
      const generations = await Promise.all(PROJECTIONS.map((p) => generationsOf(db.pool, p.name)));
      return generations.every((g) => g.find((x) => x.status === 'active')!.eventsApplied >= total);
    });
    other.kill('SIGTERM');
    await stopped(other);
    for (const p of PROJECTIONS) {
      expect((await generationsOf(db.pool, p.name)).find((g) => g.status === 'active')!.eventsApplied).toBe(total);
    }
    const { live, rebuilt: clean } = await rebuilt();
    expect(live).toEqual(clean);
  }, 120_000);
});
