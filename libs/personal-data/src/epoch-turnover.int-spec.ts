import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PoolClient } from 'pg';
import { inTransaction } from '@casetrail/database';
import type { SealedPersonalData } from '@casetrail/domain';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { wrapDataKey } from './data-key-wrapping';
import { epochFileName } from './epoch-key-file';
import { EpochKeys, type EpochKeyLookup } from './epoch-keys';
import { EpochTurnover } from './epoch-turnover';
import { erasureHold } from './erasure-hold';
import { openPersonalData, type PersonalData } from './open-personal-data';
import { masterKeyId } from './sealing';

interface Person {
  readonly subjectRef: string;
  readonly eventId: string;
  readonly sealed: SealedPersonalData;
  readonly fullName: string;
}

/** As a command does: seal a new person's fields, store their key in a transaction of its own (`insideTransaction` before it commits). */
async function givenPerson(
  db: TestDatabase,
  keys: PersonalData,
  n: number,
  insideTransaction?: (client: PoolClient) => Promise<unknown>,
): Promise<Person> {
  const subjectRef = keys.vault.newSubjectRef();
  const eventId = randomUUID();
  const fullName = `Person ${n}`;
  const { sealed, pendingKey } = keys.vault.sealForNewSubject(subjectRef, eventId, { fullName });
  await inTransaction(db.pool, async (client) => {
    await keys.vault.storeKey(client, pendingKey, randomUUID());
    await insideTransaction?.(client);
  });
  return { subjectRef, eventId, sealed, fullName };
}

const erase = (db: TestDatabase, keys: PersonalData, person: Person) =>
  inTransaction(db.pool, (client) => keys.vault.destroyKey(client, person.subjectRef));

async function epochs(db: TestDatabase) {
  const { rows } = await db.pool.query<{ epoch_id: string; state: string }>('SELECT epoch_id, state FROM key_epochs ORDER BY created_at');
  return rows;
}

async function expectReadable(keys: PersonalData, people: readonly Person[]) {
  for (const p of people) expect(await keys.vault.open(p.subjectRef, p.eventId, p.sealed)).toEqual({ fullName: p.fullName });
}

describe('the epoch turnover: after an erasure, every other key moves to a new epoch and the old epoch key is destroyed', () => {
  const kek = Buffer.alloc(32, 5);
  let db: TestDatabase;
  let root: string;
  let keys: PersonalData;

  beforeEach(async () => {
    db = await createTestDatabase();
    root = mkdtempSync(join(tmpdir(), 'casetrail-turnover-'));
    keys = await openPersonalData(db.pool, { keysDir: join(root, 'keys'), dataDir: join(root, 'data'), masterKey: kek.toString('base64') }, { batchSize: 2 });
  }, 60_000);
  afterEach(async () => {
    await keys.close();
    await db.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('given five people and one erased, opens a new epoch, moves the four, destroys the old key file', async () => {
    const people = await Promise.all([1, 2, 3, 4, 5].map((n) => givenPerson(db, keys, n)));
    const [first] = await epochs(db);
    await erase(db, keys, people[4]!);
    const { rows: [erasedRow] } = await db.pool.query<{ erased_at: Date }>('SELECT erased_at FROM subject_keys WHERE subject_ref = $1', [people[4]!.subjectRef]);
    expect(await erasureHold(db.pool, people[4]!.subjectRef, 60_000)).toEqual({
      retiredEpoch: null, keysRetiredBy: new Date(erasedRow!.erased_at.getTime() + 60_000).toISOString(),
    });

    const result = await keys.turnOver();

    const [old, current] = await epochs(db);
    expect(old).toEqual({ epoch_id: first!.epoch_id, state: 'retired' });
    expect(current).toMatchObject({ state: 'active' });
    expect(result).toEqual({ opened: current!.epoch_id, retired: [first!.epoch_id] });
    expect(existsSync(join(root, 'keys', epochFileName(first!.epoch_id)))).toBe(false);
    await expectReadable(keys, people.slice(0, 4));
    expect(await keys.vault.open(people[4]!.subjectRef, people[4]!.eventId, people[4]!.sealed)).toBeNull();
    const { rows } = await db.pool.query('SELECT epoch_id, count(*)::int AS n FROM subject_keys WHERE wrapped_key IS NOT NULL GROUP BY 1');
    expect(rows).toEqual([{ epoch_id: current!.epoch_id, n: 4 }]);
    expect(await erasureHold(db.pool, people[4]!.subjectRef, 60_000)).toEqual({ retiredEpoch: first!.epoch_id, keysRetiredBy: expect.any(String) });
  });

  it('given no erasure under the active epoch, a turnover changes nothing', async () => {
    await givenPerson(db, keys, 1);
    const before = await epochs(db);
    expect(await keys.turnOver()).toEqual({ opened: null, retired: [] });
    expect(await epochs(db)).toEqual(before);
  });

  it('given a crash between batches, or before the old file goes, every person stays readable and the next run finishes', async () => {
    const people = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => givenPerson(db, keys, n)));
    await erase(db, keys, people[0]!);
    const [first] = await epochs(db);
    const folder = keys.folder;

    // A process that dies in its second batch (after the first moved two keys) ...
    let lookups = 0;
    const dying = new (class extends EpochKeys {
      override get(epochId: string): EpochKeyLookup {
        if (++lookups > 2) throw new Error('killed in the second batch');
        return super.get(epochId);
      }
    })(folder, keys.keyringId, keys.keks);
    await expect(new EpochTurnover(db.pool, dying, 2).run()).rejects.toThrow('killed');
    expect((await epochs(db)).map((e) => e.state)).toEqual(['retiring', 'active']);
    await expectReadable(keys, people.slice(1));

    // ... and one that dies once every key has moved, just before destroying the old file.
    const failing = new (class extends EpochKeys {
      override destroy(): void {
        throw new Error('killed before the file went');
      }
    })(folder, keys.keyringId, keys.keks);
    await expect(new EpochTurnover(db.pool, failing, 2).run()).rejects.toThrow('killed before the file went');
    expect(existsSync(join(folder.path, epochFileName(first!.epoch_id)))).toBe(true);
    await expectReadable(keys, people.slice(1));

    expect(await keys.turnOver()).toEqual({ opened: null, retired: [first!.epoch_id] });
    expect(existsSync(join(folder.path, epochFileName(first!.epoch_id)))).toBe(false);
    await expectReadable(keys, people.slice(1));
  });

  it('given data keys wrapped by the master key itself (before epochs), moves them into an epoch at open', async () => {
    const subjectRef = 'subj_legacy';
    const dataKey = Buffer.alloc(32, 8);
    await db.pool.query('INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)', [
      subjectRef, randomUUID(), wrapDataKey(kek, dataKey, subjectRef), masterKeyId(kek),
    ]);
    await db.pool.query('INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)', [
      'subj_stranger', randomUUID(), wrapDataKey(Buffer.alloc(32, 1), dataKey, 'subj_stranger'), 'ffffffffffffffff',
    ]);
    await keys.close();

    keys = await openPersonalData(db.pool, { keysDir: join(root, 'keys'), dataDir: join(root, 'data'), masterKey: kek.toString('base64') });

    expect(keys.legacy).toEqual({ moved: 1, unopened: { ffffffffffffffff: 1 } });
    const { rows } = await db.pool.query('SELECT epoch_id, master_key_id FROM subject_keys WHERE subject_ref = $1', [subjectRef]);
    expect(rows).toEqual([{ epoch_id: (await epochs(db))[0]!.epoch_id, master_key_id: null }]);
  });

  // PGlite serves one transaction at a time, so only the real server can race.
  (process.env.DATABASE_URL ? it : it.skip)('given people sealed while epochs turn over, no key is lost (PostgreSQL)', async () => {
    await keys.close();
    await db.close();
    db = await createTestDatabase(12);
    keys = await openPersonalData(db.pool, { keysDir: join(root, 'keys2'), dataDir: join(root, 'data'), masterKey: kek.toString('base64') }, { batchSize: 3 });
    const people: Person[] = await Promise.all(Array.from({ length: 10 }, (_, n) => givenPerson(db, keys, n)));
    let n = 100;
    for (let round = 0; round < 6; round++) {
      // People sealed whose transactions stay open a moment after storing the key, while an erasure turns the epoch over.
      const sealing = Array.from({ length: 4 }, () =>
        givenPerson(db, keys, n++, (client) => client.query('SELECT pg_sleep(0.2 + random() * 0.1)')).then((p) => people.push(p)),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      await erase(db, keys, people[round]!);
      await Promise.all([...sealing, keys.turnOver()]);
    }
    await keys.turnOver();

    const erased = new Set(people.slice(0, 6).map((p) => p.subjectRef));
    await expectReadable(keys, people.filter((p) => !erased.has(p.subjectRef)));
    const all = await epochs(db);
    expect(all.filter((e) => e.state === 'active')).toHaveLength(1);
    expect(all.filter((e) => e.state === 'retiring')).toEqual([]);
    for (const e of all.filter((x) => x.state === 'retired')) expect(existsSync(join(root, 'keys2', epochFileName(e.epoch_id)))).toBe(false);
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM subject_keys k JOIN key_epochs e USING (epoch_id) WHERE k.wrapped_key IS NOT NULL AND e.state <> 'active'`,
    );
    expect(rows[0]!.n).toBe(0);
  }, 120_000);
});
