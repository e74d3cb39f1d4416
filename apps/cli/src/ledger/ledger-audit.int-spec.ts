import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore, type RecordedEvent } from '@casetrail/event-store';
import { CheckpointSigner, generateSigningKey, LedgerSealer, parseVerifierKey, toBase64, type StoredCheckpoint } from '@casetrail/ledger';
import { createLedgerTestDatabase, givenCases, tamperWithEvents } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { wholeLog } from '../../../../libs/ledger/src/postgres/testing/whole-log';
import type { TestDatabase } from '../../../../test/support/test-database';
import { ledgerAudit } from './ledger-audit';

const key = generateSigningKey('casetrail/audit-test');

/** Runs the command as `npm run cli -- ledger audit ...` would, capturing what it prints. */
async function audit(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await ledgerAudit(args, env);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('ledger audit: recomputing the ledger from the events as stored', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let env: NodeJS.ProcessEnv;
  let dataDir: string;
  let log: RecordedEvent[];
  let first: StoredCheckpoint;
  let second: StoredCheckpoint;

  beforeAll(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    dataDir = mkdtempSync(join(tmpdir(), 'casetrail-audit-'));
    env = { DATABASE_URL: db.url, CASETRAIL_DATA_DIR: dataDir, CASETRAIL_LOG_LEVEL: 'error' };
    const sealer = new LedgerSealer(db.pool, store, { batchSize: 50 });
    const signer = new CheckpointSigner(db.pool, key);
    await givenCases(store, 18, 31);
    await sealer.sealPending();
    first = await signer.signCheckpoint();
    await givenCases(store, 6, 32);
    await sealer.sealPending();
    second = await signer.signCheckpoint();
    await givenCases(store, 2, 33);
    await sealer.sealPending(); // a tail no checkpoint covers yet
    log = await wholeLog(store);
  }, 90_000);
  afterAll(async () => {
    await store.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Changes one column of one event as an attacker would, runs the audit, and puts the value back. */
  async function auditWithTamperedEvent(event: RecordedEvent, column: string, value: string) {
    const { rows } = await db.pool.query(`SELECT ${column} AS original FROM events WHERE event_id = $1`, [event.eventId]);
    await tamperWithEvents(db, `UPDATE events SET ${column} = $2 WHERE event_id = $1`, [event.eventId, value]);
    try {
      return await audit(env, '--public-key', key.verifierKey);
    } finally {
      await tamperWithEvents(db, `UPDATE events SET ${column} = $2 WHERE event_id = $1`, [event.eventId, rows[0].original]);
    }
  }

  it('given an untouched log, then it verifies against every checkpoint, showing its progress, and exits 0', async () => {
    expect(log.length).toBeGreaterThan(first.treeSize);
    const result = await audit(env, '--public-key', key.verifierKey);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`the ledger verifies: ${log.length} events, 2 signed checkpoints matched at 2 tree sizes (the largest ${second.treeSize})`);
    expect(result.stderr).toContain(`audited ${log.length}/${log.length} events (100.0%)`);
    expect(result.stderr).toContain('not under a signed checkpoint yet');
  }, 60_000);

  it('given the raw public key and origin the checkpoint route returns, then it verifies the same', async () => {
    const raw = toBase64(parseVerifierKey(key.verifierKey).publicKey);
    const result = await audit(env, '--public-key', raw, '--origin', 'casetrail/audit-test');
    expect(result.code).toBe(0);
  }, 60_000);

  it('given another key than the one that signed, then it fails naming the checkpoint', async () => {
    const result = await audit(env, '--public-key', generateSigningKey('casetrail/audit-test').verifierKey);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`checkpoint #${first.id} (tree size ${first.treeSize}`);
    expect(result.stderr).toContain('does not verify with the given key');
  }, 60_000);

  it.each([
    ['under the first checkpoint', () => log[Math.floor(first.treeSize / 2)]!],
    ['between the two checkpoints', () => log[first.treeSize + 3]!],
    ['after the last checkpoint', () => log[log.length - 2]!],
  ])('given an event changed %s, then the audit fails naming that event, and passes once it is put back', async (_where, pick) => {
    const event = pick();
    const result = await auditWithTamperedEvent(event, 'occurred_at', '2020-01-01T00:00:00+02:00');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`first bad event: ${event.eventId}`);
    expect((await audit(env, '--public-key', key.verifierKey)).code).toBe(0);
  }, 60_000);

  it('given an event whose data was rewritten so that it no longer parses, then the audit names it', async () => {
    const event = log[10]!;
    const result = await auditWithTamperedEvent(event, 'data', '{"broken":');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`first bad event: ${event.eventId}`);
  }, 60_000);

  it('given the checkpoint saved from the route, when the audit is also given it, then it verifies; an altered one fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casetrail-kept-'));
    try {
      writeFileSync(join(dir, 'kept.json'), JSON.stringify({ treeSize: second.treeSize, note: second.note }));
      expect((await audit(env, '--public-key', key.verifierKey, '--checkpoint', join(dir, 'kept.json'))).code).toBe(0);
      writeFileSync(join(dir, 'altered'), second.note.replace(`\n${second.treeSize}\n`, `\n${second.treeSize + 1}\n`));
      const result = await audit(env, '--public-key', key.verifierKey, '--checkpoint', join(dir, 'altered'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('kept checkpoint 1 does not verify');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('given --help or no key, then it explains itself (exit 0) or refuses (exit 2)', async () => {
    const help = await audit(env, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run cli -- ledger audit');
    const missing = await audit(env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--public-key');
  });

  it('given an event deleted from the log, then the audit fails at its leaf naming the event sealed there', async () => {
    const deleted = log[first.treeSize + 1]!;
    await tamperWithEvents(db, 'DELETE FROM events WHERE event_id = $1', [deleted.eventId]);
    const result = await audit(env, '--public-key', key.verifierKey);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`leaf ${first.treeSize + 1} was sealed for event ${deleted.eventId}`);
    expect(result.stderr).toContain(`first bad event: ${log[first.treeSize + 2]!.eventId}`);
  }, 60_000);
});
