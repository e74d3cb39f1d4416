import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EventStoreDbEventStore, PostgresEventIdReservations } from '@casetrail/event-store';
import { RecordingClient } from '../../libs/event-store/src/eventstoredb/testing/recording-client';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The command path on a store without sessions (EventStoreDB, here on a client that answers as the server
 * does): the writes beside the events are ordered around the append, and an Idempotency-Key is reserved
 * in PostgreSQL before anything is decided.
 */
describe('commands on EventStoreDB (a recording client): ordered writes and idempotency keys', () => {
  let app: TestApp;
  let client: RecordingClient;
  let investigator: ReturnType<typeof as>;

  const appendsTo = (caseId: string) => client.appends.filter((a) => a.streamName === `case-${caseId}`);
  async function newCase(): Promise<string> {
    const caseId = randomUUID();
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'labour' }).expect(201);
    return caseId;
  }

  beforeAll(async () => {
    client = new RecordingClient({ clock: () => Date.now() });
    app = await startTestApp({}, {
      eventStore: (database) => new EventStoreDbEventStore(client, { eventIds: new PostgresEventIdReservations(database.pool) }),
    });
    investigator = as(app.http, await app.userToken('investigator'));
  });
  afterAll(() => app?.close());

  it('says on /health that the events live in EventStoreDB', async () => {
    expect((await request(app.http).get('/health').expect(200)).body).toMatchObject({ status: 'ok', eventStore: 'eventstoredb' });
  });

  it('given one Idempotency-Key sent 10 times at once, appends once and answers every request alike', async () => {
    const caseId = await newCase();
    const suspect = { suspectRef: 'a1', occurredAt: at('05-02'), sex: 'male', nationality: 'ZA', isGovernmentOfficial: false };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => investigator.post(`/v1/cases/${caseId}/suspects`, suspect, { 'Idempotency-Key': 'burst-esdb' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(new Set(answers.map((a) => a.headers.etag))).toEqual(new Set(['"2"']));
    expect(appendsTo(caseId)).toHaveLength(2); // the referral, then the suspect once
    expect((await app.stream(caseId)).map((e) => e.type)).toEqual(['CaseReferred', 'SuspectIdentified']);
  });

  it('given a command whose append fails, releases the key: the same request then decides anew', async () => {
    const caseId = await newCase();
    const body = { occurredAt: at('05-03'), unit: 'ATU' };
    client.nextAppendFailure = new Error('the cluster has no leader');
    await investigator.post(`/v1/cases/${caseId}/investigation`, body, { 'Idempotency-Key': 'retry-me' }).expect(500);
    expect(await app.stream(caseId)).toHaveLength(1);
    const retried = await investigator.post(`/v1/cases/${caseId}/investigation`, body, { 'Idempotency-Key': 'retry-me' }).expect(201);
    expect(retried.body.version).toBe(2);
  });

  it("given a victim's personal details, stores their key before the event, so the case reads them back", async () => {
    const caseId = await newCase();
    const victim = {
      victimRef: 'v1', occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour',
      identifiedBy: 'ngo', personal: { fullName: 'Palesa Mokoena' },
    };
    const identified = await investigator.post(`/v1/cases/${caseId}/victims`, victim).expect(201);
    const [event] = (await app.stream(caseId)).slice(-1);
    expect(JSON.stringify(event!.data)).not.toContain('Palesa');
    const view = await investigator.get(`/v1/cases/${caseId}`).expect(200);
    expect(JSON.stringify(view.body)).toContain('Palesa Mokoena');
    expect(identified.body.subjectRef).toMatch(/^subj_/);
  });
});
