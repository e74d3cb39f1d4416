import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWholeCase } from '../support/whole-case';

interface Operation {
  parameters?: { name: string; in: string }[];
  'x-roles'?: string[];
}

/** The routes whose answer is a page of items but that are not a list of the record: none today. */
const NOT_EXPORTED: readonly string[] = [];

/**
 * api.md "Exports": every list answers text/csv. The routes come from /docs-json, so a new list that answers
 * `{items}` cannot ship without its CSV.
 */
describe('every list of /docs-json answers CSV', () => {
  let app: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let position = 0;

  beforeAll(async () => {
    app = await startTestApp();
    const users = {
      investigator: as(app.http, await app.userToken('investigator')),
      prosecutor: as(app.http, await app.userToken('prosecutor')),
      clerk: as(app.http, await app.userToken('court_clerk')),
    };
    position = await recordWholeCase(randomUUID(), 'maseru', 'Maseru Magistrate Court', users);
    paths = (await request(app.http).get('/docs-json').expect(200)).body.paths;
  }, 120_000);
  afterAll(() => app.close());

  it('given each GET route without path parameters that answers items, ?format=csv gives a header row and a row per item', async () => {
    const auditor = as(app.http, await app.userToken('auditor'));
    const values: Record<string, string> = {
      period: '2020-21', figure: 'investigations.initiated.total', from: '2021-01-01', to: '2021-12-31', minPosition: String(position),
    };
    const lists: string[] = [];
    const exported: string[] = [];
    for (const [route, operations] of Object.entries(paths)) {
      const get = operations.get;
      if (!get || route.includes('{') || !(get['x-roles'] ?? ['auditor']).includes('auditor')) continue;
      const query = route.endsWith('/changes') ? { ...values, from: '2021-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' } : values;
      const search = new URLSearchParams((get.parameters ?? []).filter((p) => p.in === 'query' && query[p.name as keyof typeof query]).map((p): [string, string] => [p.name, query[p.name as keyof typeof query]!]));
      const json = await auditor.get(`${route}?${search}`);
      if (json.status !== 200 || !Array.isArray(json.body.items) || NOT_EXPORTED.includes(route)) continue;
      lists.push(route);
      search.set('format', 'csv');
      const csv = await auditor.get(`${route}?${search}`).buffer(true).parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
      expect({ route, status: csv.status, type: csv.headers['content-type'] }).toEqual({ route, status: 200, type: 'text/csv; charset=utf-8' });
      const lines = (csv.body as string).split('\n').filter((line) => line !== '');
      // A header row, then one line per item at least (a value with a line break spans lines); an empty list's CSV
      // is empty, since its columns come from its items (docs/exports.md).
      const items = json.body.items.length;
      expect({ route, lines: items === 0 ? lines.length === 0 : lines.length >= items + 1 }).toEqual({ route, lines: true });
      if (items > 0) exported.push(route);
    }
    expect(lists).toEqual(expect.arrayContaining(['/v1/flags', '/v1/summonses', '/v1/dpp/backlog', '/v1/cases', '/v1/court/calendar', '/v1/claims', '/v1/ledger/checkpoints']));
    // The case recorded gives the lists rows to write (an empty list's CSV has no header: its columns come from its items).
    expect(exported).toEqual(expect.arrayContaining(['/v1/flags', '/v1/summonses', '/v1/cases']));
  }, 120_000);
});
