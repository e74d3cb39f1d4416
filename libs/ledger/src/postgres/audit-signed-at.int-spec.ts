import { PostgresEventStore } from '@casetrail/event-store';
import type { TestDatabase } from '../../../../test/support/test-database';
import { signCheckpoint } from '../checkpoint/signed-checkpoint';
import { generateSigningKey } from '../note/keys';
import { CheckpointSigner } from './checkpoint-signer';
import { latestCheckpoint } from './checkpoint-rows';
import { auditLedger } from './ledger-audit';
import { LedgerSealer } from './ledger-sealer';
import { createLedgerTestDatabase, givenCases } from './testing/ledger-test-database';

const key = generateSigningKey('casetrail/signed-at');

/** ledger audit: a stored checkpoint's signedAt must be the time its note signs. */
describe('ledger audit: signedAt', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  const audit = () => auditLedger(db.pool, store, { origin: key.name, verifierKeys: [key.verifierKey] });

  beforeEach(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    await givenCases(store, 2, 23);
    await new LedgerSealer(db.pool, store).sealPending();
    await new CheckpointSigner(db.pool, key, { now: () => new Date('2026-12-02T08:00:00.750Z') }).signCheckpoint();
  }, 60_000);
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  it('given an honest ledger, then the audit passes (the control)', async () => {
    expect((await audit()).failure).toBeNull();
  });

  it('given a checkpoint row whose signedAt was changed, then the audit names it', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('ALTER TABLE ledger_checkpoints DISABLE TRIGGER USER');
      await client.query("UPDATE ledger_checkpoints SET signed_at = signed_at - interval '1 day'");
      await client.query('ALTER TABLE ledger_checkpoints ENABLE TRIGGER USER');
    } finally {
      client.release();
    }
    expect((await audit()).failure?.reason).toContain('differs from the signed 2026-12-02T08:00:00.000Z');
  });

  it('given a checkpoint stored with a note that signs no time, then the audit says its signedAt is not signed', async () => {
    const last = (await latestCheckpoint(db.pool))!;
    const untimed = signCheckpoint({ origin: key.name, treeSize: last.treeSize, rootHash: last.rootHash }, key.signerKey);
    await db.pool.query(
      'INSERT INTO ledger_checkpoints (tree_size, root_hash, note, key_name, key_id, signed_at) VALUES ($1, $2, $3, $4, $5, now())',
      [String(last.treeSize), Buffer.from(last.rootHash), untimed, key.name, key.keyId],
    );
    expect((await audit()).failure?.reason).toContain('its signedAt is not signed');
  });
});
