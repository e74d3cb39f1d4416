import { encodeGlobalPosition, PostgresEventStore, type RecordedEvent } from '@casetrail/event-store';
import { auditLedger, CheckpointSigner, generateSigningKey, LedgerSealer, type StoredCheckpoint } from '@casetrail/ledger';
import { createLedgerTestDatabase, givenCases, tamperWithEvents } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { wholeLog } from '../../../../libs/ledger/src/postgres/testing/whole-log';
import type { TestDatabase } from '../../../../test/support/test-database';

const key = generateSigningKey('casetrail/rewrite-test');
const REBUILT_TABLES = ['ledger_leaves', 'ledger_nodes', 'ledger_seals'];

/**
 * Attackers with superuser rights who rewrite history and cover their tracks: every stored hash is
 * recomputed to match. Only a checkpoint signed before the rewrite can catch them, and it must.
 */
describe('ledger audit: history rewritten together with every stored hash', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let log: RecordedEvent[];
  let checkpoint: StoredCheckpoint;

  const audit = () => auditLedger(db.pool, store, { origin: key.name, verifierKeys: [key.verifierKey] });

  /** Throws away the sealed tree (leaves, nodes, seals; not the signed checkpoints) and seals the log as it now is. */
  async function resealEverything(): Promise<void> {
    const client = await db.pool.connect();
    try {
      for (const table of REBUILT_TABLES) {
        await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
        await client.query(`DELETE FROM ${table}`);
        await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      }
    } finally {
      client.release();
    }
    await new LedgerSealer(db.pool, store, { batchSize: 50 }).sealPending();
  }

  /** Swaps two events' places in the global order: each row takes the other's position and transaction id. */
  async function swapInGlobalOrder(a: RecordedEvent, b: RecordedEvent): Promise<void> {
    const { rows } = await db.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_name = 'events' AND table_schema = current_schema() AND column_name NOT IN ('position', 'transaction_id')`,
    );
    const columns = rows.map((r) => r.column_name);
    await db.pool.query('CREATE TABLE swapped_events AS SELECT * FROM events WHERE event_id = ANY($1::uuid[])', [[a.eventId, b.eventId]]);
    await tamperWithEvents(db, 'DELETE FROM events WHERE event_id = ANY($1::uuid[])', [[a.eventId, b.eventId]]);
    await db.pool.query(
      `INSERT INTO events (position, transaction_id, ${columns.join(', ')}) OVERRIDING SYSTEM VALUE
       SELECT other.position, other.transaction_id, ${columns.map((c) => `mine.${c}`).join(', ')}
       FROM swapped_events mine JOIN swapped_events other ON other.event_id <> mine.event_id`,
    );
    await db.pool.query('DROP TABLE swapped_events');
  }

  beforeEach(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    await givenCases(store, 10, 41);
    await new LedgerSealer(db.pool, store, { batchSize: 50 }).sealPending();
    checkpoint = await new CheckpointSigner(db.pool, key).signCheckpoint();
    log = await wholeLog(store);
    expect((await audit()).failure).toBeNull();
  }, 60_000);
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  it('given an event changed and the whole tree resealed to match, then the signed checkpoint catches it', async () => {
    const event = log[Math.floor(checkpoint.treeSize / 3)]!;
    await tamperWithEvents(db, `UPDATE events SET occurred_at = '2020-01-01T00:00:00+02:00' WHERE event_id = $1`, [event.eventId]);
    await resealEverything();

    const report = await audit();
    expect(report.failure).not.toBeNull();
    expect(report.failure!.reason).toContain(`tree size ${checkpoint.treeSize}`);
  }, 60_000);

  it('given two events of different cases swapped in the global order, then the audit fails', async () => {
    const [a, b] = [log[3]!, log[log.length - 4]!];
    expect(encodeGlobalPosition(a.globalPosition).split(':')[0]).not.toBe(encodeGlobalPosition(b.globalPosition).split(':')[0]); // other transactions
    await swapInGlobalOrder(a, b);

    const report = await audit();
    expect(report.failure).not.toBeNull();
    expect(report.failure!.eventId).toBe(b.eventId);
  }, 60_000);

  it('given two events swapped and the tree resealed to match, then the signed checkpoint catches it', async () => {
    const [a, b] = [log[3]!, log[log.length - 4]!];
    await swapInGlobalOrder(a, b);
    await resealEverything();

    expect((await audit()).failure).not.toBeNull();
  }, 60_000);
});
