import request from 'supertest';
import { ADMIN_TOKEN, type TestApp } from './test-app';

/** How many rows each table that a request could write holds: compare before and after a refusal. */
export async function storedCounts(app: TestApp): Promise<Record<string, number>> {
  const { rows } = await app.service.database.pool.query<{ events: number; users: number; subject_keys: number; idempotency_keys: number }>(
    `SELECT (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM users) AS users,
            (SELECT count(*)::int FROM subject_keys) AS subject_keys, (SELECT count(*)::int FROM idempotency_keys) AS idempotency_keys`,
  );
  return { ...rows[0]! };
}

/**
 * Every stored event is sealed (a checkpoint signed now covers them all) and every read model has
 * applied them all (waited for, up to 15 s): what no input may ever prevent.
 */
export async function expectSealedAndCaughtUp(app: TestApp): Promise<void> {
  const { events } = await storedCounts(app);
  const signed = await request(app.http).post('/v1/ledger/checkpoints').set('Authorization', `Bearer ${ADMIN_TOKEN}`);
  expect({ status: signed.status, treeSize: signed.body.treeSize }).toEqual({ status: 201, treeSize: events });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const health = await request(app.http).get('/health');
    const behind = (health.body.projections ?? []).filter((p: { eventsBehind: number }) => p.eventsBehind !== 0);
    if (health.status === 200 && health.body.status === 'ok' && behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`the read models did not catch up: ${JSON.stringify(health.body)}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
