import { migrate } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';
import { LEDGER_MIGRATIONS } from '../migrations';

/** A fresh test database with the ledger's tables (a no-op migration once the service's list includes them). */
export async function createLedgerTestDatabase(poolSize?: number): Promise<TestDatabase> {
  const db = await createTestDatabase(poolSize);
  await migrate(db.pool, db.url, LEDGER_MIGRATIONS);
  return db;
}

/** Appends `cases` synthetic cases (about eleven events each), one command per append; returns the events written. */
export async function givenCases(store: EventStore, cases: number, seed: number): Promise<number> {
  const { events } = await loadSyntheticCases(store, {
    cases,
    seed,
    from: '2019-04-01T00:00:00+02:00',
    until: new Date('2024-06-30T00:00:00+02:00'),
    appendEachCommand: true,
    correctionRate: 0.2,
  });
  return events;
}

/** Runs `statement` on the events table with its append-only triggers off, as an attacker with superuser rights could. */
export async function tamperWithEvents(db: TestDatabase, statement: string, params: unknown[] = []): Promise<void> {
  const client = await db.pool.connect();
  try {
    await client.query('ALTER TABLE events DISABLE TRIGGER USER');
    try {
      await client.query(statement, params);
    } finally {
      await client.query('ALTER TABLE events ENABLE TRIGGER USER');
    }
  } finally {
    client.release();
  }
}
