import { randomUUID } from 'node:crypto';
import type { Role } from '@casetrail/domain';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Docket { caseId: string; district: string; submittedAt: string; daysPending: number }

const on = (date: string) => `${date}T09:00:00+02:00`;
const DPP_DAY = '2021-11-08T23:59:59+02:00';
const daysTo = (day: string, submitted: string) => (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${submitted}T00:00:00Z`)) / 86_400_000;
const bandOf = (days: number) => (days <= 30 ? '0-30' : days <= 90 ? '31-90' : days <= 180 ? '91-180' : days <= 365 ? '181-365' : '>365');

/** The dockets the eight cases sent to the DPP before 2021-11-08, and where they are. */
const EIGHT = [
  ['2020-09-15', 'maseru'], ['2021-02-01', 'leribe'], ['2021-04-20', 'maseru'], ['2021-06-15', 'berea'],
  ['2021-08-01', 'maseru'], ['2021-09-10', 'leribe'], ['2021-10-20', 'maseru'], ['2021-11-05', 'maseru'],
] as const;

describe('the DPP backlog as it stood and as it was known (GET /v1/dpp/backlog)', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  let position = '0';
  let beforeLateRecord = '';
  const eight: string[] = [];
  const others: Record<'submittedAfter' | 'decidedBefore' | 'closed' | 'noDocket', string> = { submittedAfter: '', decidedBefore: '', closed: '', noDocket: '' };
  let decidedLater: string[] = [];
  let recordedLate = '';

  async function send(role: Role, path: string, body: object): Promise<void> {
    const response = await users.get(role)!.post(path, body);
    expect({ path, status: response.status, body: response.status === 201 ? 'ok' : response.body }).toEqual({ path, status: 201, body: 'ok' });
    position = String(response.body.position);
  }

  /** A case referred a month before its docket goes to the DPP (if it does). */
  async function caseWithDocket(district: string, submitted: string | null): Promise<string> {
    const caseId = randomUUID();
    const referred = new Date(Date.parse(on(submitted ?? '2021-03-01')) - 30 * 86_400_000).toISOString();
    await send('investigator', '/v1/cases', { caseId, occurredAt: referred, source: 'police', district, form: 'labour' });
    await send('investigator', `/v1/cases/${caseId}/investigation`, { occurredAt: new Date(Date.parse(referred) + 86_400_000).toISOString(), unit: 'ATU' });
    if (submitted) await send('investigator', `/v1/cases/${caseId}/docket`, { occurredAt: on(submitted) });
    return caseId;
  }
  const decide = (caseId: string, date: string, decision = 'decline') => send('prosecutor', `/v1/cases/${caseId}/dpp-decision`, { occurredAt: on(date), decision });

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'auditor', 'donor'] as const) users.set(role, as(app.http, await app.userToken(role)));
    for (const [submitted, district] of EIGHT) eight.push(await caseWithDocket(district, submitted));
    others.submittedAfter = await caseWithDocket('maseru', '2021-11-09');
    others.decidedBefore = await caseWithDocket('maseru', '2021-06-01');
    await decide(others.decidedBefore, '2021-10-01');
    others.closed = await caseWithDocket('maseru', '2021-04-01');
    await send('investigator', `/v1/cases/${others.closed}/closure`, { occurredAt: on('2021-09-01'), reason: 'withdrawn' });
    others.noDocket = await caseWithDocket('maseru', null);
    decidedLater = [eight[0]!, eight[3]!, eight[6]!];
    for (const caseId of decidedLater) await decide(caseId, '2021-12-10');
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeLateRecord = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    recordedLate = eight[1]!;
    await decide(recordedLate, '2021-12-20', 'further_investigation');
  }, 120_000);
  afterAll(() => app.close());

  async function walk(query: string, limit = 3, role: Role = 'auditor') {
    const items: Docket[] = [];
    let cursor = '';
    let first: Record<string, unknown> | null = null;
    do {
      const body = (await users.get(role)!.get(`/v1/dpp/backlog?limit=${limit}&minPosition=${position}&${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      items.push(...body.items);
      first ??= body;
      cursor = body.nextCursor ?? '';
    } while (cursor);
    return { items, first: first! };
  }

  it('given asOf 2021-11-08, lists exactly the eight cases before the DPP that day, longest waiting first, by age band', async () => {
    const { items, first } = await walk(`asOf=${encodeURIComponent(DPP_DAY)}`);
    const expected = EIGHT.map(([submitted, district], i) => ({ caseId: eight[i]!, district, submittedAt: on(submitted), daysPending: daysTo('2021-11-08', submitted) }))
      .sort((a, b) => b.daysPending - a.daysPending || (a.caseId < b.caseId ? 1 : -1));
    expect(items).toEqual(expected.map((docket) => expect.objectContaining(docket)));
    const bands = { '0-30': 0, '31-90': 0, '91-180': 0, '181-365': 0, '>365': 0 } as Record<string, number>;
    for (const docket of expected) bands[bandOf(docket.daysPending)]! += 1;
    expect(first).toMatchObject({ asOf: '2021-11-08', knownAt: null, total: 8, pending: 8, ageBands: bands, filters: { district: null } });
    expect(Object.values(bands).filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
    const ascending = await walk(`asOf=${encodeURIComponent(DPP_DAY)}&sort=daysPending`, 5);
    expect(ascending.items).toEqual([...items].reverse());
  });

  it('given no moment, lists what waits now: the eight less those decided since, and the docket sent after that day', async () => {
    const { items } = await walk('');
    const expected = [...eight.filter((id) => !decidedLater.includes(id) && id !== recordedLate), others.submittedAfter];
    expect(items.map((d) => d.caseId).sort()).toEqual(expected.sort());
  });

  it('given knownAt before the decision recorded late, that case still waits; with asOf 2021-11-08 too, the eight', async () => {
    const { items, first } = await walk(`knownAt=${encodeURIComponent(beforeLateRecord)}`);
    const expected = [...eight.filter((id) => !decidedLater.includes(id)), others.submittedAfter];
    expect(items.map((d) => d.caseId).sort()).toEqual(expected.sort());
    expect(items.map((d) => d.caseId)).toContain(recordedLate);
    expect(first).toMatchObject({ knownAt: beforeLateRecord });
    const both = await walk(`asOf=${encodeURIComponent(DPP_DAY)}&knownAt=${encodeURIComponent(beforeLateRecord)}`);
    expect(both.items.map((d) => d.caseId).sort()).toEqual([...eight].sort());
  });

  it('given a donor, answers the counts only; a maseru prosecutor asking for leribe gets Maseru and is told so', async () => {
    const donor = (await users.get('donor')!.get(`/v1/dpp/backlog?asOf=${encodeURIComponent(DPP_DAY)}&minPosition=${position}`).expect(200)).body;
    expect(Object.keys(donor).sort()).toEqual(['ageBands', 'asOf', 'filters', 'knownAt', 'total']);
    expect(donor.total).toBe(8);
    users.set('prosecutor', as(app.http, await app.userToken('prosecutor', 'maseru')));
    const { items, first } = await walk(`district=leribe&asOf=${encodeURIComponent(DPP_DAY)}`, 50, 'prosecutor');
    expect(first.filters).toEqual({ district: 'maseru' });
    expect(items.map((d) => d.caseId).sort()).toEqual(eight.filter((_, i) => EIGHT[i]![1] === 'maseru').sort());
  });

  it('given a malformed sort, limit or cursor, refuses with 400', async () => {
    for (const query of ['sort=submittedAt', 'limit=0', 'cursor=nonsense', 'asOf=2021-11-08']) {
      const response = await users.get('auditor')!.get(`/v1/dpp/backlog?${query}`);
      expect({ query, status: response.status, code: response.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
  });
});
