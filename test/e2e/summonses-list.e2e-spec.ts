import { randomUUID } from 'node:crypto';
import type { Role } from '@casetrail/domain';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Row { caseId: string; summonsRef: string; status: string; returnDate: string; issuedAt: string; servedAt: string | null }

const on = (date: string, time = '09:00') => `${date}T${time}:00+02:00`;
const ON_2_JUNE = encodeURIComponent(on('2021-06-02', '12:00'));

/** Each summons in a case of its own: issued, returnable, and served or failed (or neither). */
const SUMMONSES = {
  onTime: { issued: '2021-05-01', returnDate: '2021-06-01', service: ['2021-05-20', 'served'] },
  late: { issued: '2021-05-01', returnDate: '2021-06-01', service: ['2021-06-10', 'served'] },
  unserved: { issued: '2021-05-10', returnDate: '2021-06-05', service: null },
  failed: { issued: '2021-05-15', returnDate: '2021-06-30', service: ['2021-05-25', 'failed'] },
  recordedLate: { issued: '2021-05-20', returnDate: '2021-07-01', service: null },
} as const;
type Name = keyof typeof SUMMONSES;

describe('the summonses list as it stood and as known (GET /v1/summonses)', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  let position = '0';
  let beforeLateRecord = '';
  const caseOf = new Map<Name, string>();

  async function send(role: Role, path: string, body: object): Promise<void> {
    const response = await users.get(role)!.post(path, body);
    expect({ path, status: response.status, body: response.status === 201 ? 'ok' : response.body }).toEqual({ path, status: 201, body: 'ok' });
    position = String(response.body.position);
  }

  async function summonsCase(name: Name): Promise<void> {
    const { issued, returnDate, service } = SUMMONSES[name];
    const caseId = randomUUID();
    caseOf.set(name, caseId);
    const path = (tail: string) => `/v1/cases/${caseId}/${tail}`;
    await send('investigator', '/v1/cases', { caseId, occurredAt: on('2021-03-01'), source: 'police', district: 'maseru', form: 'sex' });
    await send('investigator', path('suspects'), { suspectRef: 'a1', occurredAt: on('2021-03-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
    await send('investigator', path('investigation'), { occurredAt: on('2021-03-03'), unit: 'ATU' });
    await send('investigator', path('docket'), { occurredAt: on('2021-03-10') });
    await send('prosecutor', path('dpp-decision'), { occurredAt: on('2021-03-20'), decision: 'prosecute', forum: 'magistrate' });
    await send('prosecutor', path('suspects/a1/charges'), { occurredAt: on('2021-03-25'), statute: 'anti_trafficking_act', counts: 1 });
    await send('prosecutor', path('summonses'), { summonsRef: name, suspectRef: 'a1', occurredAt: on(issued), court: 'Maseru Magistrate Court', returnDate });
    if (service) await send('prosecutor', path(`summonses/${name}/service`), { occurredAt: on(service[0]), outcome: service[1] });
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'auditor', 'donor'] as const) users.set(role, as(app.http, await app.userToken(role)));
    for (const name of ['onTime', 'late', 'unserved', 'failed'] as const) await summonsCase(name);
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeLateRecord = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await summonsCase('recordedLate');
  }, 120_000);
  afterAll(() => app.close());

  async function walk(query: string, limit = 2): Promise<{ items: Row[]; first: Record<string, unknown> }> {
    const items: Row[] = [];
    let cursor = '';
    let first: Record<string, unknown> | null = null;
    do {
      const body = (await users.get('auditor')!.get(`/v1/summonses?limit=${limit}&minPosition=${position}&${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      items.push(...body.items);
      first ??= body;
      cursor = body.nextCursor ?? '';
    } while (cursor);
    return { items, first: first! };
  }
  const refs = (rows: readonly Row[]) => rows.map((row) => row.summonsRef);
  const byCase = (a: Name, b: Name) => (caseOf.get(a)! < caseOf.get(b)! ? -1 : 1);

  it('given asOf 2 June 2021, each summons has the status it had that day, and dueWithinDays keeps the unserved returnable by then', async () => {
    const { items, first } = await walk(`asOf=${ON_2_JUNE}`);
    expect(Object.fromEntries(items.map((row) => [row.summonsRef, row.status]))).toEqual({
      onTime: 'served', late: 'overdue', unserved: 'issued', failed: 'failed', recordedLate: 'issued',
    });
    expect(first).toMatchObject({ asOf: '2021-06-02', knownAt: null, counts: { total: 5, byStatus: { served: 1, overdue: 1, issued: 2, failed: 1 } } });
    expect(refs((await walk(`asOf=${ON_2_JUNE}&dueWithinDays=3`)).items)).toEqual(['unserved']);
    expect(refs((await walk(`asOf=${ON_2_JUNE}&dueWithinDays=2`)).items)).toEqual([]);
    expect(refs((await walk(`asOf=${ON_2_JUNE}&dueWithinDays=28`)).items)).toEqual(['unserved', 'failed']);
    const due = await walk(`asOf=${ON_2_JUNE}&dueWithinDays=29`);
    expect(refs(due.items)).toEqual(['unserved', 'failed', 'recordedLate']);
    expect(due.first.filters).toEqual({ status: null, court: null, district: null, dueWithinDays: 29, servedLate: null });
  });

  it('given servedLate, keeps those served after their return date (or all but those)', async () => {
    expect(refs((await walk('servedLate=true')).items)).toEqual(['late']);
    expect(refs((await walk('servedLate=false')).items).sort()).toEqual(['failed', 'onTime', 'recordedLate', 'unserved']);
  });

  it('given knownAt before the late record, that summons is not there yet', async () => {
    const { items, first } = await walk(`knownAt=${encodeURIComponent(beforeLateRecord)}`);
    expect(refs(items).sort()).toEqual(['failed', 'late', 'onTime', 'unserved']);
    expect(first).toMatchObject({ knownAt: beforeLateRecord, counts: { total: 4 } });
  });

  it('given each sort, pages of 2 give every summons once in that order', async () => {
    const byReturn = [...(['onTime', 'late'] as Name[]).sort(byCase), 'unserved', 'failed', 'recordedLate'];
    expect(refs((await walk('')).items)).toEqual(byReturn);
    expect(refs((await walk('sort=-returnDate')).items)).toEqual([...byReturn].reverse());
    const byIssue = [...(['onTime', 'late'] as Name[]).sort(byCase), 'unserved', 'failed', 'recordedLate'];
    expect(refs((await walk('sort=issuedAt')).items)).toEqual(byIssue);
    expect(refs((await walk('sort=-issuedAt', 1)).items)).toEqual([...byIssue].reverse());
  });

  it('given a donor, answers counts only; malformed filters are 400', async () => {
    const donor = (await users.get('donor')!.get(`/v1/summonses?minPosition=${position}`).expect(200)).body;
    expect(Object.keys(donor).sort()).toEqual(['asOf', 'counts', 'filters', 'knownAt']);
    expect(donor.counts.total).toBe(5);
    for (const query of ['dueWithinDays=-1', 'dueWithinDays=soon', 'servedLate=yes', 'sort=court', 'cursor=nonsense']) {
      const response = await users.get('auditor')!.get(`/v1/summonses?${query}`);
      expect({ query, status: response.status, code: response.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
  });
});
