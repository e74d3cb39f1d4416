import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@casetrail/event-store';
import { as, asText, at } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

/** api.md "Users and the audit trail": every answer that showed personal data is recorded, sealed, and listed for auditors. */
describe('the access log', () => {
  let app: TestApp;
  let investigator: Api;
  let investigatorId: string;
  let auditor: Api;
  let caseId: string;
  let subjectRef: string;
  const log = (query = '') => auditor.get(`/v1/access-log${query}`).expect(200);

  beforeAll(async () => {
    app = await startTestApp();
    const created = await as(app.http, ADMIN_TOKEN).post('/v1/admin/users', { name: 'Ntate Thabo', role: 'investigator' }).expect(201);
    investigatorId = created.body.userId;
    investigator = as(app.http, created.body.token);
    auditor = as(app.http, await app.userToken('auditor'));
    caseId = randomUUID();
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
    const victim = await investigator.post(`/v1/cases/${caseId}/victims`, {
      occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'ngo',
      personal: { fullName: 'Mpho Accesslogcanary' },
    }).expect(201);
    subjectRef = victim.body.subjectRef;
  });
  afterAll(() => app.close());

  it("given an investigator reading a victim's personal data, records who, when, which case and subject, never the data, and seals it", async () => {
    expect((await log(`?subjectRef=${subjectRef}`)).body.items).toEqual([]);
    const view = await investigator.get(`/v1/cases/${caseId}`).expect(200);
    expect(asText(view.body)).toContain('Mpho Accesslogcanary');
    const answer = await log(`?subjectRef=${subjectRef}`);
    expect(answer.body.filters).toEqual({ subjectRef, userId: null, from: null, to: null });
    expect(answer.body.items).toEqual([
      { eventId: expect.any(String), userId: investigatorId, role: 'investigator', caseId, subjectRefs: [subjectRef], shownAt: expect.any(String) },
    ]);
    const eventId = answer.body.items[0].eventId;
    const event = await new PostgresEventStore(app.service.database.pool).readEvent(eventId);
    expect(event).toMatchObject({ streamKind: 'access', type: 'PersonalDataShown', actor: { userId: investigatorId, role: 'investigator' } });
    expect(event!.data).toMatchObject({ caseId, subjectRefs: [subjectRef] });
    const everything = asText(await new PostgresEventStore(app.service.database.pool).readAll({ limit: 10_000 })) + asText(answer.body);
    expect(everything).not.toContain('Accesslogcanary');
    // In the ledger: an inclusion proof of its event (the sealer may lag a commit: sign until it is in).
    let proof = await auditor.get(`/v1/ledger/proofs/inclusion?eventId=${eventId}`);
    for (let tries = 0; proof.status !== 200 && tries < 50; tries++) {
      await auditor.post('/v1/ledger/checkpoints', {}).expect(201);
      proof = await auditor.get(`/v1/ledger/proofs/inclusion?eventId=${eventId}`);
    }
    expect({ status: proof.status, publicPart: proof.body.publicPart }).toEqual({ status: 200, publicPart: null });
  });

  it('given reads that showed no personal data, records nothing', async () => {
    const before = (await log('?limit=500')).body.items.length;
    await auditor.get(`/v1/cases/${caseId}`).expect(200);
    const bare = randomUUID();
    await investigator.post('/v1/cases', { caseId: bare, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
    await investigator.get(`/v1/cases/${bare}`).expect(200);
    expect((await log('?limit=500')).body.items.length).toBe(before);
  });

  it('given filters by user and time, and a walk a page at a time, answers each entry once', async () => {
    await investigator.get(`/v1/cases/${caseId}`).expect(200);
    await investigator.get(`/v1/cases/${caseId}`).expect(200);
    const all = (await log(`?userId=${investigatorId}&limit=500`)).body.items;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect((await log(`?userId=${randomUUID()}`)).body.items).toEqual([]);
    expect((await log(`?from=${encodeURIComponent(all[1].shownAt)}&limit=500`)).body.items.map((i: { eventId: string }) => i.eventId))
      .toEqual(all.slice(1).map((i: { eventId: string }) => i.eventId));
    expect((await log(`?to=${encodeURIComponent(all[0].shownAt)}`)).body.items).toEqual([]);
    const seen: string[] = [];
    let page = await log('?limit=1');
    for (;;) {
      seen.push(...page.body.items.map((i: { eventId: string }) => i.eventId));
      if (!page.body.nextCursor) break;
      await investigator.get(`/v1/cases/${caseId}`).expect(200);
      page = await log(`?limit=1&cursor=${page.body.nextCursor}`);
    }
    expect(seen).toEqual(all.map((i: { eventId: string }) => i.eventId));
  });

  it('given another role or a district-scoped auditor, refuses; a bad filter is 400 naming it', async () => {
    for (const role of ['investigator', 'prosecutor', 'coordinator', 'admin', 'donor'] as const) {
      expect((await as(app.http, await app.userToken(role)).get('/v1/access-log')).status).toBe(403);
    }
    const scoped = await as(app.http, await app.userToken('auditor', 'maseru')).get('/v1/access-log');
    expect({ status: scoped.status, code: scoped.body.code }).toEqual({ status: 403, code: 'NATIONWIDE_ONLY' });
    for (const [query, field] of [['subjectRef=a%20b', 'subjectRef'], ['userId=x', 'userId'], ['from=yesterday', 'from'], ['cursor=zz', 'cursor']]) {
      const response = await auditor.get(`/v1/access-log?${query}`);
      expect({ status: response.status, field: response.body.fields?.[0]?.field }).toEqual({ status: 400, field });
    }
  });
});
