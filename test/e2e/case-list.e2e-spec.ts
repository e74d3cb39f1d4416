import { lesothoDateOf } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { as } from '../support/case-requests';
import { referenceItem, sortedAs, type ListedAt, type ListedItem } from '../support/case-list-reference';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

const NOW = '2024-07-01T12:00:00+02:00';
const SORTS = ['referredAt', '-referredAt', 'lastEventAt', '-lastEventAt', 'district', '-district', 'stage', '-stage'];

describe('the case list (GET /v1/cases) against a reference folded from the stored events', () => {
  let db: TestDatabase;
  let app: TestApp;
  let auditor: Api;
  let position = '0';
  /** Between the first load and the later records (new cases, closures). */
  let knownBefore = '';

  const lastPosition = async () => (await db.pool.query<{ p: string }>('SELECT max(position)::text AS p FROM events')).rows[0]!.p;

  /** Every case as the list should show it, from the events in the store. */
  async function reference(at: ListedAt): Promise<ListedItem[]> {
    const { rows } = await db.pool.query<{ id: string }>(`SELECT DISTINCT stream_id AS id FROM events WHERE stream_kind = 'case'`);
    const items = await Promise.all(rows.map(async ({ id }) => referenceItem(id.toLowerCase(), await app.stream(id), at)));
    return items.filter((item): item is ListedItem => item !== null);
  }

  /** Every page of the list, in order; each page no longer than the limit, and its answer in the list convention. */
  async function walk(api: Api, query: string, limit: number): Promise<{ items: ListedItem[]; first: Record<string, unknown> }> {
    const items: ListedItem[] = [];
    let cursor = '';
    let first: Record<string, unknown> | null = null;
    do {
      const response = await api.get(`/v1/cases?limit=${limit}&minPosition=${position}&${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect({ status: response.status, body: response.status === 200 ? 'ok' : response.body }).toEqual({ status: 200, body: 'ok' });
      expect(response.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...(response.body.items as ListedItem[]));
      first ??= response.body as Record<string, unknown>;
      cursor = response.body.nextCursor ?? '';
    } while (cursor);
    return { items, first: first! };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const store = new PostgresEventStore(db.pool);
    const load = (cases: number, seed: number) => loadSyntheticCases(store, {
      cases, seed, from: '2019-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00+02:00'),
      appendEachCommand: true, correctionRate: 0.3, correctAnyField: true,
    });
    await load(70, 4101);
    app = await startTestApp({}, { database: db, clock: { now: () => new Date(NOW) } });
    auditor = as(app.http, await app.userToken('auditor'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    knownBefore = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await load(20, 4102);
    const open = (await reference({ asOf: null, knownAt: null, moment: NOW })).filter((item) => item.stage !== 'closed').slice(0, 3);
    const investigator = as(app.http, await app.userToken('investigator'));
    for (const { caseId } of open) {
      await investigator.post(`/v1/cases/${caseId}/closure`, { occurredAt: '2024-06-30T12:00:00+02:00', reason: 'closed late' }).expect(201);
    }
    await store.close();
    position = await lastPosition();
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it.each(SORTS)('given sort=%s, pages of 17 give every case once, in the order of the reference', async (sort) => {
    const expected = sortedAs(await reference({ asOf: null, knownAt: null, moment: NOW }), sort);
    expect(expected.length).toBeGreaterThanOrEqual(90);
    const { items, first } = await walk(auditor, `sort=${sort}`, 17);
    expect(items).toEqual(expected);
    expect(first).toMatchObject({ sort, asOf: null, knownAt: null });
  }, 120_000);

  it('given each filter, lists exactly the cases the reference keeps, and echoes what it applied', async () => {
    const all = await reference({ asOf: null, knownAt: null, moment: NOW });
    const flagged = all.flatMap((item) => item.openFlags);
    const commonFlag = flagged.sort((a, b) => flagged.filter((k) => k === b).length - flagged.filter((k) => k === a).length)[0]!;
    const cases: [string, (item: ListedItem) => boolean][] = [
      ['district=leribe', (item) => item.district === 'leribe'],
      ['stage=closed', (item) => item.stage === 'closed'],
      ['form=labour', (item) => item.form === 'labour'],
      ['referredFrom=2021-04-01&referredTo=2022-03-31', (item) => lesothoDateOf(item.referredAt) >= '2021-04-01' && lesothoDateOf(item.referredAt) <= '2022-03-31'],
      [`flag=${commonFlag}`, (item) => item.openFlags.includes(commonFlag)],
      ['district=maseru&stage=with_dpp', (item) => item.district === 'maseru' && item.stage === 'with_dpp'],
    ];
    for (const [query, keeps] of cases) {
      const expected = sortedAs(all.filter(keeps), 'referredAt');
      if (!query.includes('&stage')) expect({ query, n: expected.length > 0 }).toEqual({ query, n: true });
      const { items, first } = await walk(auditor, query, 500);
      expect({ query, items }).toEqual({ query, items: expected });
      const echoed = Object.fromEntries(new URLSearchParams(query));
      expect(first.filters).toEqual({ district: null, stage: null, form: null, referredFrom: null, referredTo: null, flag: null, ...echoed });
    }
  }, 120_000);

  it('given asOf, knownAt or both, lists the cases as they stood then, as known then', async () => {
    const now = await reference({ asOf: null, knownAt: null, moment: NOW });
    const moments: ListedAt[] = [
      { asOf: '2021-11-08T23:59:59+02:00', knownAt: null, moment: '2021-11-08T23:59:59+02:00' },
      { asOf: null, knownAt: knownBefore, moment: knownBefore },
      { asOf: '2022-06-30T12:00:00+02:00', knownAt: knownBefore, moment: '2022-06-30T12:00:00+02:00' },
    ];
    for (const at of moments) {
      const expected = sortedAs(await reference(at), '-lastEventAt');
      expect(expected.length).toBeGreaterThan(10);
      expect(expected).not.toEqual(sortedAs(now, '-lastEventAt'));
      const query = [at.asOf ? `asOf=${encodeURIComponent(at.asOf)}` : '', at.knownAt ? `knownAt=${encodeURIComponent(at.knownAt)}` : ''].join('&');
      const { items, first } = await walk(auditor, `sort=-lastEventAt&${query}`, 23);
      expect({ at, items }).toEqual({ at, items: expected });
      expect(first).toMatchObject({ asOf: at.asOf, knownAt: at.knownAt });
    }
  }, 180_000);

  it('given a caller scoped to maseru who asks for berea, lists Maseru cases and says so; a donor is refused', async () => {
    const maseru = as(app.http, await app.userToken('investigator', 'maseru'));
    const expected = sortedAs((await reference({ asOf: null, knownAt: null, moment: NOW })).filter((item) => item.district === 'maseru'), 'referredAt');
    expect(expected.length).toBeGreaterThan(0);
    const { items, first } = await walk(maseru, 'district=berea', 500);
    expect(items).toEqual(expected);
    expect(first.filters).toMatchObject({ district: 'maseru' });
    await as(app.http, await app.userToken('donor')).get('/v1/cases').expect(403);
  }, 60_000);

  it('given a malformed limit, sort, day or cursor, refuses with 400 naming the field', async () => {
    const page = await auditor.get(`/v1/cases?limit=2&sort=district&minPosition=${position}`).expect(200);
    const refusals: [string, string][] = [
      ['sort=caseId', 'sort'], ['sort=-referred', 'sort'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['referredFrom=2021-13-01', 'referredFrom'],
      ['flag=late', 'flag'], ['cursor=nonsense', 'cursor'], [`cursor=${page.body.nextCursor}`, 'cursor'],
      [`sort=district&cursor=${Buffer.from(JSON.stringify({ pin: { position: '1:1', asOf: null, knownAt: null, moment: NOW, sort: 'district' }, after: [1, 'x'] })).toString('base64url')}`, 'cursor'],
    ];
    for (const [query, field] of refusals) {
      const response = await auditor.get(`/v1/cases?${query}`);
      expect({ query, status: response.status, code: response.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(response.body.fields)).toContain(`"${field}"`);
    }
  }, 60_000);
});
