import { PostgresEventStore, type RecordedEvent } from '@casetrail/event-store';
import type { TestDatabase } from '../../../../test/support/test-database';
import { entryBytes, ledgerLeaf, type LedgerLeaf } from '../leaf/ledger-leaf';
import { newLeafSalt } from '../leaf/private-part';
import { leafHash } from '../merkle/hashing';
import { generateSigningKey } from '../note/keys';
import { CheckpointSigner } from './checkpoint-signer';
import { auditLedger } from './ledger-audit';
import { sealNextBatch } from './seal-batch';
import { createLedgerTestDatabase, givenCases } from './testing/ledger-test-database';
import { wholeLog } from './testing/whole-log';

const key = generateSigningKey('casetrail/forged-public-part');

/** A sealer that publishes a public part its event does not say (the commitment still binds the true event). */
function forging(victim: RecordedEvent, forge: (publicPart: Record<string, unknown>) => Record<string, unknown>) {
  return (event: RecordedEvent): LedgerLeaf => {
    const honest = ledgerLeaf(event, newLeafSalt());
    if (event.eventId !== victim.eventId) return honest;
    const publicPart = forge(honest.publicPart as unknown as Record<string, unknown>);
    const entry = entryBytes(publicPart as never, honest.commitment);
    return { ...honest, entry, leafHash: leafHash(entry) };
  };
}

async function sealAll(db: TestDatabase, store: PostgresEventStore, seal: ReturnType<typeof forging>): Promise<void> {
  while ((await sealNextBatch(db.pool, store, 50, seal)).kind !== 'caught_up');
}

describe('ledger audit: leaves recomputed from the events and the salts the sealer kept', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    await givenCases(store, 6, 19);
  }, 60_000);
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  const audit = () => auditLedger(db.pool, store, { origin: key.name, verifierKeys: [key.verifierKey] });
  const withStatute = (statute: string) => (publicPart: Record<string, unknown>) => ({
    ...publicPart,
    data: { ...(publicPart.data as object), statute },
  });

  it('given an honest ledger, then the audit passes (the control)', async () => {
    const charges = (await wholeLog(store)).find((event) => event.type === 'ChargesFiled')!;
    await sealAll(db, store, forging(charges, (publicPart) => publicPart));
    await new CheckpointSigner(db.pool, key).signCheckpoint();
    expect((await audit()).failure).toBeNull();
  }, 60_000);

  it('given charges sealed as filed under another statute and signed, then the audit names the event and the field', async () => {
    const charges = (await wholeLog(store)).find((event) => event.type === 'ChargesFiled')!;
    const other = charges.data.statute === 'other' ? 'anti_trafficking_act' : 'other';
    await sealAll(db, store, forging(charges, withStatute(other)));
    await new CheckpointSigner(db.pool, key).signCheckpoint();

    const { failure } = await audit();
    expect(failure).toMatchObject({ eventId: charges.eventId });
    expect(failure!.reason).toContain('the public part sealed for it does not match its private part');
    expect(failure!.reason).toContain(`public.data.statute: sealed "${other}", the event says "${charges.data.statute}"`);
  }, 60_000);

  it('given a victim event sealed with a public part of its own, after the last checkpoint, then the audit names it', async () => {
    const log = await wholeLog(store);
    const victim = log.filter((event) => event.type === 'VictimIdentified').at(-1)!;
    await sealNextBatch(db.pool, store, log.indexOf(victim));
    await new CheckpointSigner(db.pool, key).signCheckpoint();
    await sealAll(db, store, forging(victim, () => ({ kind: 'case', type: 'VictimIdentified', data: { sex: victim.data.sex } })));

    const { failure } = await audit();
    expect(failure).toMatchObject({ eventId: victim.eventId, leafIndex: log.indexOf(victim) });
    expect(failure!.reason).toContain('the public part sealed for it does not match its private part (public: sealed {');
  }, 60_000);

  it('given events appended after the last seal, then the audit covers the sealed leaves only, and passes', async () => {
    await sealAll(db, store, forging({ eventId: 'none' } as RecordedEvent, (p) => p));
    await new CheckpointSigner(db.pool, key).signCheckpoint();
    const sealed = (await wholeLog(store)).length;
    await givenCases(store, 1, 20);

    const report = await audit();
    expect(report).toMatchObject({ events: sealed, failure: null });
    expect((await db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n).toBeGreaterThan(sealed); // the table, not the commit-safe order
  }, 60_000);

  it('given a signed leaf whose row (and salt) was deleted, then the audit names its event', async () => {
    await sealAll(db, store, forging({ eventId: 'none' } as RecordedEvent, (p) => p));
    await new CheckpointSigner(db.pool, key).signCheckpoint();
    const event = (await wholeLog(store))[9]!;
    const client = await db.pool.connect();
    try {
      await client.query('ALTER TABLE ledger_leaves DISABLE TRIGGER USER');
      await client.query('DELETE FROM ledger_leaves WHERE event_id = $1', [event.eventId]);
      await client.query('ALTER TABLE ledger_leaves ENABLE TRIGGER USER');
    } finally {
      client.release();
    }

    const { failure } = await audit();
    expect(failure).toMatchObject({ eventId: event.eventId, leafIndex: 9 });
    expect(failure!.reason).toContain('the ledger no longer holds it or its salt');
  }, 60_000);
});
