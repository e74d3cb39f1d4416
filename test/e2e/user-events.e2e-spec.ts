import { as, asText } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';
import { PostgresEventStore } from '@casetrail/event-store';
import { hashToken } from '@casetrail/users';

/** api.md "Users and the audit trail": user creation and revocation are events of the user's stream, sealed in the ledger. */
describe('user changes in the ledger', () => {
  let app: TestApp;
  const admin = () => as(app.http, ADMIN_TOKEN);

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('given a user created and revoked, records both in their stream with no token, and seals them', async () => {
    const created = await admin().post('/v1/admin/users', { name: 'Mme Palesa', role: 'auditor', agency: 'Office of the Auditor-General' }).expect(201);
    await admin().post(`/v1/admin/users/${created.body.userId}/revocation`, {}).expect(200);
    await admin().post(`/v1/admin/users/${created.body.userId}/revocation`, {}).expect(200);
    const store = new PostgresEventStore(app.service.database.pool);
    const stream = await store.readStream({ kind: 'user', id: created.body.userId });
    expect(stream.map((event) => event.type)).toEqual(['UserCreated', 'UserRevoked']);
    expect(stream[0]!.data).toMatchObject({ userId: created.body.userId, name: 'Mme Palesa', role: 'auditor', agency: 'Office of the Auditor-General' });
    expect(stream.every((event) => event.actor.role === 'admin')).toBe(true);
    const all = asText(await store.readAll({ limit: 10_000 }));
    expect(all).not.toContain(created.body.token);
    expect(all).not.toContain(hashToken(created.body.token));
    expect(all).not.toContain(hashToken(ADMIN_TOKEN));

    const auditor = as(app.http, await app.userToken('auditor'));
    for (const event of stream) {
      // The sealer takes only what no open transaction can precede: sign again until the event is in.
      let proof = await auditor.get(`/v1/ledger/proofs/inclusion?eventId=${event.eventId}`);
      for (let tries = 0; proof.status !== 200 && tries < 50; tries++) {
        await auditor.post('/v1/ledger/checkpoints', {}).expect(201);
        proof = await auditor.get(`/v1/ledger/proofs/inclusion?eventId=${event.eventId}`);
      }
      expect(proof.status).toBe(200);
      expect(proof.body.publicPart).toBeNull();
    }
  });

  it('given a refused creation, stores neither a user nor an event', async () => {
    const store = new PostgresEventStore(app.service.database.pool);
    const before = (await store.readAll({ limit: 10_000 })).length;
    await admin().post('/v1/admin/users', { name: 'X', role: 'king' }).expect(400);
    expect((await store.readAll({ limit: 10_000 })).length).toBe(before);
  });
});
