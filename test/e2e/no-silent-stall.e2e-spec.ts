import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Database } from '@casetrail/database';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Health = {
  status: string;
  projections: { name: string; eventsBehind: number | null }[];
  ledger: { treeSize: number; eventsNotSealed: number | null };
  failing: { component: string; eventId: string | null; reason: string; since: string; attempts: number }[];
};

// The followers a case event can stop (the claims register reads claim events only: a case's never stops it).
const COMPONENTS = ['ledger', 'projection:case_list', 'projection:caseload', 'projection:court_calendar', 'projection:government_action', 'projection:red_flags'];

/**
 * Issue #13, "no silent stall": when the sealer or a projection cannot process an event, it keeps trying
 * (never skipping it), /health says so (still 200), and the log says so once, not at every retry.
 */
describe('no silent stall: /health names what cannot get past an event, and recovery', () => {
  let app: TestApp;
  let db: Database;
  let investigator: ReturnType<typeof as>;

  const health = async () => (await request(app.http).get('/health').expect(200)).body as Health;
  /** Polls /health until `settled` holds (the followers run on their own; 20 s at most). */
  async function healthWhen(settled: (health: Health) => boolean): Promise<Health> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const now = await health();
      if (settled(now) || Date.now() > deadline) return now;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const allCaughtUp = (h: Health) =>
    h.status === 'ok' && h.ledger.eventsNotSealed === 0 && h.projections.every((p) => p.eventsBehind === 0);
  const logged = (msg: string) => app.logLines.filter((line) => (JSON.parse(line) as { msg?: string }).msg === msg);
  const refer = async () =>
    investigator.post('/v1/cases', { caseId: randomUUID(), occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'labour' }).expect(201);

  beforeAll(async () => {
    app = await startTestApp();
    db = app.service.database;
    investigator = as(app.http, await app.userToken('investigator'));
  });
  afterAll(() => app?.close());

  it('given a table the followers write to goes missing, says degraded naming each one and the event, then recovers once it is back', async () => {
    await refer();
    expect(allCaughtUp(await healthWhen(allCaughtUp))).toBe(true);
    const tables = await followerTables();
    for (const table of tables) await db.pool.query(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    const next = await refer();
    const [eventId] = next.body.eventIds as string[];

    const stuck = await healthWhen((h) => h.failing.length === COMPONENTS.length);
    expect(stuck.status).toBe('degraded');
    expect(stuck.failing.map((f) => f.component).sort()).toEqual(COMPONENTS);
    for (const failing of stuck.failing) {
      expect(failing).toMatchObject({ eventId, reason: expect.stringMatching(/does not exist/) });
    }

    for (const table of tables) await db.pool.query(`ALTER TABLE ${table}_away RENAME TO ${table}`);
    const recovered = await healthWhen(allCaughtUp);
    expect(recovered).toMatchObject({ status: 'ok', failing: [] });
    expect(logged('the ledger seals again')).toHaveLength(1);
    expect(logged('projection advances again')).toHaveLength(COMPONENTS.length - 1);
  });

  it('given an event the ledger and the read models cannot process, keeps retrying it, never skips it, and logs it once', async () => {
    const before = await healthWhen(allCaughtUp);
    const badEventId = await storeUnprocessableReferral();
    await refer(); // after it in the global order: must wait behind it

    // The court calendar keeps no form or summary: it applies the referral, and only it.
    const stuckOnIt = COMPONENTS.filter((c) => c !== 'projection:court_calendar');
    const stuck = await healthWhen((h) => h.failing.length === stuckOnIt.length && h.failing.every((f) => f.attempts >= 3));
    expect(stuck.status).toBe('degraded');
    expect(stuck.failing.map((f) => f.component).sort()).toEqual(stuckOnIt);
    expect(stuck.failing.every((f) => f.attempts >= 3)).toBe(true);
    const ledger = stuck.failing.find((f) => f.component === 'ledger');
    expect(ledger).toMatchObject({ eventId: badEventId, reason: expect.stringMatching(/unpaired surrogate/) });
    expect(Date.parse(ledger!.since)).not.toBeNaN();
    for (const projection of stuck.failing.filter((f) => f.component !== 'ledger')) {
      expect(projection).toMatchObject({ eventId: badEventId, reason: expect.stringMatching(/Unicode escape|0x00/) });
    }
    expect(stuck.ledger).toEqual({ treeSize: before.ledger.treeSize, eventsNotSealed: 2 });
    expect(Object.fromEntries(stuck.projections.map((p) => [p.name, p.eventsBehind]))).toEqual({
      case_list: 2, caseload: 2, claims: 0, court_calendar: 0, government_action: 2, red_flags: 2,
    });
    expect(logged('the ledger cannot seal an event; retrying with backoff')).toHaveLength(2); // this test's, and the first test's
    expect(logged('projection cannot apply an event; retrying with backoff')).toHaveLength(COMPONENTS.length - 1 + stuckOnIt.length - 1);
  });

  /** The physical tables the sealer and the projections insert into. */
  async function followerTables(): Promise<string[]> {
    const { rows } = await db.pool.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND (table_name ~ '^rm_.*_g[0-9]+$' OR table_name = 'ledger_leaves')`,
    );
    return rows.map((r) => r.name);
  }

  /**
   * A referral stored straight in the table, as the input layer once allowed: a summary with a lone
   * surrogate (no canonical JSON: the ledger cannot seal it) and a form with a NUL (PostgreSQL text refuses it).
   */
  async function storeUnprocessableReferral(): Promise<string> {
    const eventId = randomUUID();
    const caseId = randomUUID();
    const occurredAt = at('05-02');
    const data = { caseId, occurredAt, source: 'police', district: 'maseru', form: 'labour\u0000', summary: 'broken \ud800 text' };
    await db.pool.query(
      `INSERT INTO events (event_id, stream_kind, stream_id, version, type, schema_version, data, occurred_at, actor_id, actor_role,
                           correlation_id, causation_id)
       VALUES ($1, 'case', $2, 1, 'CaseReferred', 1, $3, $4, 'test', 'investigator', 'test', NULL)`,
      [eventId, caseId, JSON.stringify(data), occurredAt],
    );
    return eventId;
  }
});
