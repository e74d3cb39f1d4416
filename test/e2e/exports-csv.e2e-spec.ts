import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Role } from '@casetrail/domain';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Flag { caseId: string; kind: string; ref: string | null; raisedAt: string; clearedAt: string | null; eventIds: string[] }

const FORMULA_COURTS = ['=HYPERLINK("http://example.org","click")', '@SUM(1+1)', '+27 Court', '-Court of Appeal'];
/** What a spreadsheet would run: a cell starting with =, +, -, @, tab or carriage return. */
const FORMULA = /^[=+\-@\t\r]/;
/** The export's escape taken off again: a leading ' before a formula character. */
const unescaped = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Every leaf of a JSON answer by dotted path (objects and arrays of objects walked; scalars, null, arrays of scalars are leaves). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  const walked = value !== null && typeof value === 'object' && (!Array.isArray(value) || value.some((v) => v !== null && typeof v === 'object'));
  if (!walked) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}
const at_ = (value: unknown, path: string) => path.split('.').reduce<unknown>((here, key) => (here as Record<string, unknown> | undefined)?.[key], value);
/** How the contract writes a JSON value in a cell: null empty, arrays as JSON text. */
const asCell = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

describe('CSV exports of the lists and the report (Accept: text/csv or ?format=csv)', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  let position = '0';

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor'] as const) users.set(role, as(app.http, await app.userToken(role)));
    const send = async (role: Role, path: string, body: object) => {
      const response = await users.get(role)!.post(path, body);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
      position = String(response.body.position);
    };
    for (let n = 0; n < 3; n++) {
      const caseId = randomUUID();
      const path = `/v1/cases/${caseId}`;
      await send('investigator', '/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: n === 2 ? 'berea' : 'maseru', form: 'sex' });
      await send('investigator', `${path}/victims`, { occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'government' });
      await send('investigator', `${path}/suspects`, { suspectRef: 'a1', occurredAt: at('05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
      await send('investigator', `${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' });
      await send('investigator', `${path}/docket`, { occurredAt: at('05-06') });
      if (n === 0) {
        await send('prosecutor', `${path}/docket/missing`, { occurredAt: at('05-07') });
        continue;
      }
      await send('prosecutor', `${path}/dpp-decision`, { occurredAt: at('05-07'), decision: 'prosecute', forum: 'magistrate' });
      await send('prosecutor', `${path}/suspects/a1/charges`, { occurredAt: at('05-08'), statute: 'anti_trafficking_act', counts: 1 });
      for (const court of FORMULA_COURTS.slice(n * 2 - 2, n * 2)) {
        await send('prosecutor', `${path}/summonses`, { suspectRef: 'a1', occurredAt: at('05-09'), court, returnDate: '2021-06-01' });
      }
    }
  }, 120_000);
  afterAll(() => app.close());

  const csvOf = async (role: Role, route: string, headers: Record<string, string> = {}) => {
    const response = await users.get(role)!.get(route, headers).buffer(true).parse((res, done) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done(null, body));
    });
    expect({ route, status: response.status, type: response.headers['content-type'] }).toEqual({ route, status: 200, type: 'text/csv; charset=utf-8' });
    return response.body as string;
  };

  it('given the flags, answers the JSON items as rows under a header, by Accept or by ?format=csv alike', async () => {
    const route = `/v1/flags?limit=500&minPosition=${position}`;
    const { body } = await users.get('auditor')!.get(route).expect(200);
    const items = body.items as Flag[];
    expect(items.map((flag) => flag.kind).sort()).toEqual(['docket_missing', 'stalled_at_dpp', 'summons_overdue', 'summons_overdue', 'summons_overdue', 'summons_overdue']);
    const byAccept = await csvOf('auditor', route, { Accept: 'text/csv' });
    expect(await csvOf('auditor', `${route}&format=csv`)).toBe(byAccept);
    const [header, ...rows] = parse(byAccept) as string[][];
    expect(header).toEqual(['caseId', 'kind', 'ref', 'raisedAt', 'clearedAt', 'eventIds']);
    expect(rows).toEqual(items.map((flag) => [flag.caseId, flag.kind, flag.ref ?? '', flag.raisedAt, flag.clearedAt ?? '', JSON.stringify(flag.eventIds)]));
  });

  it('given a page with more after it, gives the next page as a Link header, and walking it gives every item once', async () => {
    const all = (await users.get('auditor')!.get(`/v1/flags?limit=500&minPosition=${position}`).expect(200)).body.items as Flag[];
    const walked: string[][] = [];
    let next: string | null = `/v1/flags?limit=2&format=csv&minPosition=${position}`;
    while (next) {
      const { text, headers }: { text: string; headers: Record<string, string> } = await users.get('auditor')!.get(next).expect(200);
      walked.push(...(parse(text) as string[][]).slice(1));
      next = /^<([^>]+)>; rel="next"$/.exec(headers.link ?? '')?.[1] ?? null;
    }
    expect(walked.map(([caseId, kind, , raisedAt]) => `${caseId} ${kind} ${raisedAt}`)).toEqual(all.map((f) => `${f.caseId} ${f.kind} ${f.raisedAt}`));
  });

  it('given summonses whose court starts with a formula character, writes each with a leading quote and no cell a spreadsheet would run', async () => {
    const json = (await users.get('auditor')!.get(`/v1/summonses?minPosition=${position}`).expect(200)).body;
    const [header, ...rows] = parse(await csvOf('auditor', `/v1/summonses?minPosition=${position}&format=csv`)) as string[][];
    expect(header!.filter((cell) => FORMULA.test(cell))).toEqual([]);
    const cells = rows.flat();
    expect(cells.filter((cell) => FORMULA.test(cell))).toEqual([]);
    for (const court of FORMULA_COURTS) expect(cells).toContain(`'${court}`);
    // Nothing else changed: with the escape taken off, each cell is one of the JSON answer's values or figure paths.
    const values = new Set(leaves(json).map(([, value]) => asCell(value)));
    expect(cells.map(unescaped).filter((cell) => !values.has(cell) && !leaves(json).some(([path]) => path === cell))).toEqual([]);
  });

  it("given the report, writes figure,value,previous: every figure's dotted path with its value and the previous period's", async () => {
    const route = `/v1/reports/government-action?period=2021-22&knownAt=${encodeURIComponent(new Date().toISOString())}&minPosition=${position}`;
    const json = (await users.get('auditor')!.get(route).expect(200)).body;
    const [header, ...rows] = parse(await csvOf('auditor', route, { Accept: 'text/csv' })) as string[][];
    expect(header).toEqual(['figure', 'value', 'previous']);
    const { previous, ...current } = json;
    expect(rows.map(([figure]) => figure)).toEqual(leaves(current).map(([path]) => path));
    expect(rows).toEqual(rows.map(([figure]) => [figure, asCell(at_(current, figure!)), asCell(at_(previous, figure!))]));
    expect(rows).toContainEqual(['victims.identified.total', '3', '0']);
    expect(rows).toContainEqual(['dockets.reportedMissing', '1', '0']);
  });

  it("given a donor, writes the donor's JSON answer: a withheld victim figure is an empty cell, never 0", async () => {
    const route = `/v1/reports/government-action?period=2021-22&minPosition=${position}&format=csv`;
    const json = (await users.get('donor')!.get(route.replace('&format=csv', '')).expect(200)).body;
    expect(json.victims.identified.total).toBeNull();
    const rows = parse(await csvOf('donor', route)) as string[][];
    expect(rows).toContainEqual(['victims.identified.total', '', '']);
    expect(rows).toContainEqual(['victims.identified.bySex.female', '', '']);
    expect(rows.filter(([figure]) => figure!.startsWith('victims.')).filter(([, value, before]) => value !== '' || before !== '')).toEqual([]);
    expect(rows).toContainEqual(['suppressedBelow', '11', '']);
  });

  it('given an unknown format, answers 400 naming format; an Accept it cannot meet, 406; a route that exports nothing, 400 for csv; and stores nothing', async () => {
    const auditor = users.get('auditor')!;
    const refused = await auditor.get('/v1/flags?format=xml').expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'format' }] });
    const unmet = await auditor.get('/v1/flags', { Accept: 'application/xml' }).expect(406);
    expect(unmet.body).toMatchObject({ code: 'NOT_ACCEPTABLE' });
    expect((await auditor.get('/v1/flags?format=pdf').expect(400)).body).toMatchObject({ fields: [{ field: 'format' }] });
    expect((await auditor.get('/v1/caseload?format=csv').expect(400)).body).toMatchObject({ fields: [{ field: 'format' }] });
    // JSON stays the default, and is still given to whoever asks for it or for anything.
    expect((await auditor.get('/v1/flags', { Accept: 'application/json' }).expect(200)).headers['content-type']).toMatch(/^application\/json/);
    expect((await auditor.get('/v1/flags', { Accept: '*/*' }).expect(200)).headers['content-type']).toMatch(/^application\/json/);
    expect((await auditor.get('/v1/flags?format=json', { Accept: 'text/csv' }).expect(200)).headers['content-type']).toMatch(/^application\/json/);
  });

  it('given a role the route refuses, answers 403 before rendering anything', async () => {
    const refused = await users.get('investigator')!.get('/v1/summonses?format=csv').expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
  });
});
