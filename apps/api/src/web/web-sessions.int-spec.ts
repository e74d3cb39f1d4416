import { PostgresEventStore } from '@casetrail/event-store';
import { UsersRepository } from '@casetrail/users';
import { hashToken } from '@casetrail/users';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { SESSION_LIFETIME_MS, WebSessions } from './web-sessions';

describe('web sessions', () => {
  let database: TestDatabase;
  let users: UsersRepository;
  let sessions: WebSessions;
  const signedInAt = new Date('2026-03-02T08:00:00Z');
  const later = (ms: number) => new Date(signedInAt.getTime() + ms);
  /** The user as a session carries it: who, in which role and scope (the record's dates aside). */
  const carried = ({ userId, name, role, district }: { userId: string; name: string; role: string; district: string | null }) =>
    ({ userId, name, role, district });

  beforeAll(async () => {
    database = await createTestDatabase(2);
    users = new UsersRepository(database, new PostgresEventStore(database.pool));
    sessions = new WebSessions(database);
  });
  afterAll(() => database.close());

  it('given a session opened with a token, finds its user until the moment it expires, then never', async () => {
    const { user, token } = await users.create({ name: 'Auditor', role: 'auditor', district: null }, null);
    const { sessionId, expiresAt } = await sessions.open(user, token, signedInAt);
    expect(expiresAt).toEqual(later(SESSION_LIFETIME_MS));
    expect(await sessions.find(sessionId, later(SESSION_LIFETIME_MS - 1))).toEqual({ user: carried(user), expiresAt });
    expect(await sessions.find(sessionId, later(SESSION_LIFETIME_MS))).toBeNull();
  });

  it('stores neither the session id nor the token, only their hashes', async () => {
    const { user, token } = await users.create({ name: 'Donor', role: 'donor', district: null }, null);
    const { sessionId } = await sessions.open(user, token, signedInAt);
    const { rows } = await database.pool.query('SELECT * FROM web_sessions WHERE user_id = $1', [user.userId]);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(sessionId);
    expect(stored).not.toContain(token);
    expect(rows[0]).toMatchObject({ session_hash: hashToken(sessionId), token_hash: hashToken(token) });
  });

  it('given the user\'s token replaced, the session ends with it', async () => {
    const { user, token } = await users.create({ name: 'Prosecutor', role: 'prosecutor', district: 'maseru' }, null);
    const { sessionId } = await sessions.open(user, token, signedInAt);
    expect((await sessions.find(sessionId, later(1)))?.user).toEqual(carried(user));
    await database.pool.query("UPDATE users SET token_hash = 'replaced' WHERE user_id = $1", [user.userId]);
    expect(await sessions.find(sessionId, later(1))).toBeNull();
  });

  it("given the user's token revoked, or past its expiry, the session ends at once", async () => {
    const revoked = await users.create({ name: 'Investigator', role: 'investigator', district: null }, null);
    const opened = await sessions.open(revoked.user, revoked.token, signedInAt);
    expect((await sessions.find(opened.sessionId, later(1)))?.user).toEqual(carried(revoked.user));
    await users.revoke(revoked.user.userId, revoked.user.userId);
    expect(await sessions.find(opened.sessionId, later(1))).toBeNull();
    const expiring = await users.create({ name: 'Auditor', role: 'auditor', district: null, expiresAt: later(60_000).toISOString() }, null);
    const session = await sessions.open(expiring.user, expiring.token, signedInAt);
    expect((await sessions.find(session.sessionId, later(59_999)))?.user).toEqual(carried(expiring.user));
    expect(await sessions.find(session.sessionId, later(60_000))).toBeNull();
  });

  it('given sign-out, the session is gone; an unknown id finds nothing', async () => {
    const { user, token } = await users.create({ name: 'Clerk', role: 'court_clerk', district: null }, null);
    const { sessionId } = await sessions.open(user, token, signedInAt);
    await sessions.close(sessionId);
    expect(await sessions.find(sessionId, later(1))).toBeNull();
    expect(await sessions.find('A'.repeat(43), later(1))).toBeNull();
  });

  it('given expired sessions, a new sign-in removes them', async () => {
    const { user, token } = await users.create({ name: 'Admin', role: 'admin', district: null }, null);
    await sessions.open(user, token, signedInAt);
    await sessions.open(user, token, later(SESSION_LIFETIME_MS + 1));
    const { rows } = await database.pool.query('SELECT expires_at FROM web_sessions WHERE user_id = $1', [user.userId]);
    expect(rows.map((r: { expires_at: Date }) => new Date(r.expires_at))).toEqual([later(2 * SESSION_LIFETIME_MS + 1)]);
  });
});
