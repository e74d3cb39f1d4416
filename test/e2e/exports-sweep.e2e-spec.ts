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
/** A list route's answer as JSON (its item count) and as CSV (its lines). */
interface Exported {
  readonly items: number;
  readonly status: number;
  readonly type: string | undefined;
  readonly lines: string[];
}

describe('every list of /docs-json answers CSV', () => {
  let app: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let auditor: ReturnType<typeof as>;
  let before: Map<string, Exported>;
  let after: Map<string, Exported>;

  /** Every GET route without path parameters that answers items, as JSON and as ?format=csv. */
  async function exportEveryList(position: number | null): Promise<Map<string, Exported>> {
    const values: Record<string, string> = {
      period: '2020-21', figure: 'investigations.initiated.total', from: '2021-01-01', to: '2021-12-31',
      ...(position === null ? {} : { minPosition: String(position) }),
    };
    const exported = new Map<string, Exported>();
    for (const [route, operations] of Object.entries(paths)) {
      const get = operations.get;
      if (!get || route.includes('{') || !(get['x-roles'] ?? ['auditor']).includes('auditor')) continue;
      const query = route.endsWith('/changes') ? { ...values, from: '2021-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' } : values;
      const search = new URLSearchParams((get.parameters ?? []).filter((p) => p.in === 'query' && query[p.name as keyof typeof query]).map((p): [string, string] => [p.name, query[p.name as keyof typeof query]!]));
      const json = await auditor.get(`${route}?${search}`);
      if (json.status !== 200 || !Array.isArray(json.body.items) || NOT_EXPORTED.includes(route)) continue;
      search.set('format', 'csv');
      const csv = await auditor.get(`${route}?${search}`).buffer(true).parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
      const lines = (csv.body as string).split(/\r?\n/).filter((line) => line !== '');
      exported.set(route, { items: json.body.items.length, status: csv.status, type: csv.headers['content-type'], lines });
    }
    return exported;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const users = {
      investigator: as(app.http, await app.userToken('investigator')),
      prosecutor: as(app.http, await app.userToken('prosecutor')),
      clerk: as(app.http, await app.userToken('court_clerk')),
    };
    auditor = as(app.http, await app.userToken('auditor'));
    paths = (await request(app.http).get('/docs-json').expect(200)).body.paths;
    before = await exportEveryList(null);
    const position = await recordWholeCase(randomUUID(), 'maseru', 'Maseru Magistrate Court', users);
    after = await exportEveryList(position);
  }, 180_000);
  afterAll(() => app.close());

  it('given each GET route without path parameters that answers items, ?format=csv gives a header row and a row per item', () => {
    for (const [route, exported] of [...before, ...after]) {
      const { items, status, type, lines } = exported;
      expect({ route, status, type }).toEqual({ route, status: 200, type: 'text/csv; charset=utf-8' });
      // A header row, then one line per item at least (a value with a line break spans lines).
      expect({ route, header: (lines[0] ?? '').length > 0, lines: lines.length >= items + 1 }).toEqual({ route, header: true, lines: true });
    }
    expect([...after.keys()]).toEqual(expect.arrayContaining(['/v1/flags', '/v1/summonses', '/v1/dpp/backlog', '/v1/cases', '/v1/court/calendar', '/v1/claims', '/v1/ledger/checkpoints']));
    const withItems = [...after].filter(([, exported]) => exported.items > 0).map(([route]) => route);
    expect(withItems).toEqual(expect.arrayContaining(['/v1/flags', '/v1/summonses', '/v1/cases']));
  });

  it('given each list while it is empty, ?format=csv gives its header row alone: the columns of the same list once it has items', () => {
    const empty = [...before].filter(([, exported]) => exported.items === 0);
    // Before any case is recorded, every list of the record is empty, so each one's empty CSV is checked.
    expect(empty.map(([route]) => route)).toEqual(expect.arrayContaining(['/v1/flags', '/v1/summonses', '/v1/dpp/backlog', '/v1/cases', '/v1/court/calendar', '/v1/claims']));
    for (const [route, { lines }] of empty) {
      expect({ route, lines: lines.length }).toEqual({ route, lines: 1 });
      const later = after.get(route);
      if (!later || later.items === 0) continue;
      // Declared columns first: an item may add paths of its own after them (one per index of an array of objects).
      const columns = lines[0]!.split(',');
      expect({ route, columns: later.lines[0]!.split(',').slice(0, columns.length) }).toEqual({ route, columns });
    }
  });
});
