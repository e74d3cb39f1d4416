import { randomUUID } from 'node:crypto';
import type { Role } from '@casetrail/domain';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Entry { date: string; court: string | null; caseId: string; suspectRef: string; kind: string }

/** Lesotho time on a day of 2021. */
const on = (day: string, time = '09:00') => `2021-${day}T${time}:00+02:00`;
const MASERU = 'Maseru Magistrate Court';
const BEREA = 'Berea Magistrate Court';

describe('the court calendar (GET /v1/court/calendar): summons return dates and adjourned hearings due in a window', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  let position = '0';
  // Two Maseru cases (in id order) and one in Leribe.
  const [first, second] = [randomUUID(), randomUUID()].sort();
  const leribe = randomUUID();
  const ids: Record<string, string> = {};

  async function send(role: Role, path: string, body: object): Promise<string> {
    const response = await users.get(role)!.post(path, body);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    position = String(response.body.position);
    return (response.body.eventIds as string[])[0]!;
  }

  /** A case whose accused a1 is charged on 1 March 2021. */
  async function charged(caseId: string, district: string): Promise<void> {
    await send('investigator', '/v1/cases', { caseId, occurredAt: on('02-01'), source: 'police', district, form: 'labour' });
    await send('investigator', `/v1/cases/${caseId}/suspects`, { suspectRef: 'a1', occurredAt: on('02-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
    await send('investigator', `/v1/cases/${caseId}/investigation`, { occurredAt: on('02-03'), unit: 'ATU' });
    await send('investigator', `/v1/cases/${caseId}/docket`, { occurredAt: on('02-10') });
    await send('prosecutor', `/v1/cases/${caseId}/dpp-decision`, { occurredAt: on('02-20'), decision: 'prosecute', forum: 'magistrate' });
    await send('prosecutor', `/v1/cases/${caseId}/suspects/a1/charges`, { occurredAt: on('03-01'), statute: 'anti_trafficking_act', counts: 1 });
  }
  const summons = (caseId: string, summonsRef: string, court: string, returnDate: string, day = '03-02') =>
    send('prosecutor', `/v1/cases/${caseId}/summonses`, { summonsRef, suspectRef: 'a1', occurredAt: on(day), court, returnDate });
  const appearance = (caseId: string, day: string, court?: string) =>
    send('court_clerk', `/v1/cases/${caseId}/suspects/a1/appearance`, { occurredAt: on(day), ...(court ? { court } : {}) });
  const adjournment = (caseId: string, day: string, adjournedTo: string, time = '10:00') =>
    send('court_clerk', `/v1/cases/${caseId}/suspects/a1/adjournment`, { occurredAt: on(day, time), reason: 'no interpreter', adjournedTo });

  const calendar = (query: string, role: Role = 'court_clerk') => users.get(role)!.get(`/v1/court/calendar?${query}&minPosition=${position}`);
  const entries = async (query: string, role: Role = 'court_clerk') => (await calendar(query, role).expect(200)).body.items as Entry[];

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'donor', 'coordinator'] as const) {
      users.set(role, as(app.http, await app.userToken(role)));
    }
    await charged(first, 'maseru');
    ids.firstSummons = await summons(first, 's1', MASERU, '2021-03-10'); // served: still a day in court
    await send('court_clerk', `/v1/cases/${first}/summonses/s1/service`, { occurredAt: on('03-05'), outcome: 'served' });
    await summons(first, 's2', BEREA, '2021-03-10');
    await appearance(first, '03-10', MASERU);
    ids.firstAdjournment = await adjournment(first, '03-10', '2021-03-24');
    await appearance(first, '03-24'); // names no court: the hearing after it is still at Maseru's
    await adjournment(first, '03-24', '2021-04-07');
    await summons(first, 's3', BEREA, '2021-05-03', '03-25'); // after both adjournments: moves neither

    await charged(second, 'maseru');
    await summons(second, 's1', MASERU, '2021-03-10'); // unserved
    await appearance(second, '03-15', BEREA);
    await adjournment(second, '03-15', '2021-03-24', '11:00');
    await adjournment(second, '03-24', '2021-05-01'); // outside March

    await charged(leribe, 'leribe');
    await summons(leribe, 's1', 'Leribe Magistrate Court', '2021-03-10');
  }, 180_000);
  afterAll(() => app.close());

  it('given March 2021, lists what falls due by date, then court, then case, each kind at its court', async () => {
    const response = await calendar('from=2021-03-01&to=2021-03-31').expect(200);
    expect(response.body.filters).toEqual({ from: '2021-03-01', to: '2021-03-31', district: null, court: null, asOf: null, knownAt: null });
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items).toEqual([
      { date: '2021-03-10', court: BEREA, caseId: first, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-10', court: 'Leribe Magistrate Court', caseId: leribe, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-10', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-10', court: MASERU, caseId: second, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-24', court: BEREA, caseId: second, suspectRef: 'a1', kind: 'adjourned_hearing' },
      { date: '2021-03-24', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'adjourned_hearing' },
    ]);
  });

  it('given a window of one day at each end, includes its first and last day and nothing beside them', async () => {
    expect((await entries('from=2021-03-24&to=2021-03-24')).map((e) => e.date)).toEqual(['2021-03-24', '2021-03-24']);
    expect(await entries('from=2021-03-11&to=2021-03-23')).toEqual([]);
    expect(await entries('from=2021-04-07&to=2021-05-02')).toEqual([
      { date: '2021-04-07', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'adjourned_hearing' },
      { date: '2021-05-01', court: BEREA, caseId: second, suspectRef: 'a1', kind: 'adjourned_hearing' },
    ]);
  });

  it('given each role the contract names, answers; every other role is refused (403)', async () => {
    for (const role of ['prosecutor', 'court_clerk', 'auditor', 'coordinator'] as const) {
      expect({ role, items: (await entries('from=2021-03-01&to=2021-03-31', role)).length }).toEqual({ role, items: 6 });
    }
    for (const role of ['admin', 'investigator', 'victim_services', 'donor'] as const) {
      const response = await calendar('from=2021-03-01&to=2021-03-31', role);
      expect({ role, status: response.status }).toEqual({ role, status: 403 });
    }
  });

  it.each([
    ['to=2021-03-31', 'from'],
    ['from=2021-03-01', 'to'],
    ['from=2021-02-30&to=2021-03-31', 'from'],
    ['from=2021-3-1&to=2021-03-31', 'from'],
    ['from=2021-03-01&to=2021-03-01T00:00:00%2B02:00', 'to'],
    ['from=2021-03-02&to=2021-03-01', 'to'],
    ['from=2021-01-01&to=2022-01-02', 'to'], // 367 days
    ['from=2021-03-01&to=2021-03-31&district=lesotho', 'district'],
    ['from=2021-03-01&to=2021-03-31&limit=0', 'limit'],
    ['from=2021-03-01&to=2021-03-31&cursor=bm90LWEtY3Vyc29y', 'cursor'],
    [`from=2021-03-01&to=2021-03-31&cursor=20210101000000000000_${randomUUID()}`, 'cursor'], // no such entry
  ])('given %s, refuses it 400 VALIDATION_FAILED naming %s', async (query, field) => {
    const response = await calendar(query).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
  });

  it('given a window of 366 days counting both ends, answers it, a whole leap year too', async () => {
    expect(await entries('from=2021-01-01&to=2022-01-01')).toHaveLength(9);
    expect(await entries('from=2020-01-01&to=2020-12-31')).toEqual([]); // a leap year, whole
  });

  it('given a caller scoped to maseru who asks for leribe, answers maseru only and says so; leribe sees its own', async () => {
    const maseru = as(app.http, await app.userToken('prosecutor', 'maseru'));
    const response = await maseru.get(`/v1/court/calendar?from=2021-03-01&to=2021-03-31&district=leribe&minPosition=${position}`).expect(200);
    expect(response.body.filters).toMatchObject({ district: 'maseru' });
    expect(new Set((response.body.items as Entry[]).map((e) => e.caseId))).toEqual(new Set([first, second]));
    const leribeClerk = as(app.http, await app.userToken('court_clerk', 'leribe'));
    const own = await leribeClerk.get(`/v1/court/calendar?from=2021-03-01&to=2021-03-31&minPosition=${position}`).expect(200);
    expect((own.body.items as Entry[]).map((e) => e.caseId)).toEqual([leribe]);
    // An auditor asking for a district, nationwide, gets that district.
    expect((await entries('from=2021-03-01&to=2021-03-31&district=leribe', 'auditor')).map((e) => e.caseId)).toEqual([leribe]);
  });

  it('given asOf, lists what had been summoned and adjourned by then', async () => {
    const between = await entries(`from=2021-03-01&to=2021-03-31&asOf=${encodeURIComponent(on('03-10', '09:30'))}`);
    expect(between.map((e) => e.kind)).toEqual(['summons_return', 'summons_return', 'summons_return', 'summons_return']);
    expect(await entries(`from=2021-03-01&to=2021-03-31&asOf=${encodeURIComponent(on('03-02', '08:59'))}`)).toEqual([]);
    expect((await calendar('from=2021-03-01&to=2021-03-31&asOf=yesterday').expect(400)).body.fields[0].field).toBe('asOf');
  });

  it('given a court, lists that court only', async () => {
    const berea = await entries(`from=2021-03-01&to=2021-05-31&court=${encodeURIComponent(BEREA)}`);
    expect(berea.map((e) => [e.date, e.caseId, e.kind])).toEqual([
      ['2021-03-10', first, 'summons_return'], ['2021-03-24', second, 'adjourned_hearing'],
      ['2021-05-01', second, 'adjourned_hearing'], ['2021-05-03', first, 'summons_return'],
    ]);
  });

  it('given a limit, pages through the window once, in order, as it stood at the first page', async () => {
    const all = await entries('from=2021-01-01&to=2021-12-31&limit=500');
    const seen: Entry[] = [];
    let cursor = '';
    do {
      const page = await calendar(`from=2021-01-01&to=2021-12-31&limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...(page.body.items as Entry[]));
      cursor = page.body.nextCursor ?? '';
      // A summons recorded during the walk, due on the window's last day: not part of this walk.
      if (seen.length === 2) await summons(leribe, 's2', 'Leribe Magistrate Court', '2021-12-31', '03-03');
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(9);
    const again = await entries('from=2021-01-01&to=2021-12-31&limit=500');
    expect(again.slice(-1)).toEqual([{ date: '2021-12-31', court: 'Leribe Magistrate Court', caseId: leribe, suspectRef: 'a1', kind: 'summons_return' }]);
  });

  it('given a corrected return date and a corrected adjournment, moves each entry to its new day', async () => {
    const beforeCorrections = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await send('prosecutor', `/v1/cases/${first}/corrections`, {
      eventId: ids.firstSummons, reason: 'return date misread', changes: { returnDate: '2021-04-02' },
    });
    await send('court_clerk', `/v1/cases/${first}/corrections`, {
      eventId: ids.firstAdjournment, reason: 'wrong day entered', changes: { adjournedTo: '2021-03-31' },
    });
    const march = await entries('from=2021-03-01&to=2021-03-31');
    expect(march.filter((e) => e.caseId === first)).toEqual([
      { date: '2021-03-10', court: BEREA, caseId: first, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-31', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'adjourned_hearing' },
    ]);
    expect(await entries('from=2021-04-01&to=2021-04-02')).toEqual([
      { date: '2021-04-02', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'summons_return' },
    ]);
    // As the record stood before the corrections were recorded: where they were, as the first listing said.
    const known = await entries(`from=2021-03-01&to=2021-03-31&knownAt=${encodeURIComponent(beforeCorrections)}`);
    expect(known.filter((e) => e.caseId === first)).toEqual([
      { date: '2021-03-10', court: BEREA, caseId: first, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-10', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'summons_return' },
      { date: '2021-03-24', court: MASERU, caseId: first, suspectRef: 'a1', kind: 'adjourned_hearing' },
    ]);
  });

  it('given knownAt, answers every entry as the list as known now does when nothing was recorded since, and pages it', async () => {
    const now = new Date().toISOString();
    const window = 'from=2021-01-01&to=2021-12-31';
    const all = await entries(`${window}&limit=500`);
    expect(await entries(`${window}&limit=500&knownAt=${encodeURIComponent(now)}`)).toEqual(all);
    const firstPage = await calendar(`${window}&limit=3&knownAt=${encodeURIComponent(now)}`).expect(200);
    const next = await calendar(`${window}&limit=500&knownAt=${encodeURIComponent(now)}&cursor=${firstPage.body.nextCursor}`).expect(200);
    expect([...firstPage.body.items, ...next.body.items]).toEqual(all);
    expect(await entries(`${window}&knownAt=2021-01-01T00:00:00%2B02:00`)).toEqual([]);
  });
});
