import { PostgresEventStore } from '@casetrail/event-store';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { UsersRepository } from './users.repository';

/** A user's row and the event that records it commit together, or neither does. */
describe('the users repository and the user stream', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let users: UsersRepository;
  const count = async (sql: string) => (await database.pool.query<{ n: number }>(sql)).rows[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase(2);
    store = new PostgresEventStore(database.pool);
    users = new UsersRepository(database, store);
  });
  afterAll(() => database.close());

  it('given an append that fails, stores no user row either', async () => {
    await database.pool.query(`
      CREATE FUNCTION refuse_user_events() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'no user events today'; END $$`);
    await database.pool.query(
      `CREATE TRIGGER refuse_user_events BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.stream_kind = 'user') EXECUTE FUNCTION refuse_user_events()`,
    );
    try {
      await expect(users.create({ name: 'Nobody', role: 'donor', district: null }, null)).rejects.toThrow(/no user events today/);
      await expect(users.installBootstrapAdmin('bootstrap-token-0123456789')).rejects.toThrow(/no user events today/);
      expect(await count('SELECT count(*)::int AS n FROM users')).toBe(0);
    } finally {
      await database.pool.query('DROP TRIGGER refuse_user_events ON events');
    }
  });

  it('given the bootstrap admin replaced, records the new one created and the old one revoked by the service', async () => {
    const first = await users.installBootstrapAdmin('first-token-0123456789');
    const second = await users.installBootstrapAdmin('second-token-0123456789');
    expect([first.created, second]).toEqual([true, { replaced: 1, created: true, revoked: false }]);
    const events = await store.readAll({ limit: 100 });
    expect(events.map((e) => [e.streamKind, e.type, e.actor.role])).toEqual([
      ['user', 'UserCreated', 'system'],
      ['user', 'UserRevoked', 'system'],
      ['user', 'UserCreated', 'system'],
    ]);
    expect(events[1]!.streamId).toBe(events[0]!.streamId);
    expect(await count('SELECT count(*)::int AS n FROM users')).toBe(2);
  });
});
