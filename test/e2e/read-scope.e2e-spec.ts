import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type RecordedEvent } from '@casetrail/event-store';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordCaseBeforeDpp, recordWholeCase, type Recorders } from '../support/whole-case';

type Api = ReturnType<typeof as>;
/** No district asked for, and the other district asked for: a scoped user's answer is the same. */
const BOTH_QUERIES: Record<string, string>[] = [{}, { district: 'berea' }];

/**
 * Issue #20: every read path answers a district-scoped user with their district's cases only, whatever district
 * the query names, and the same district's cases in full. Two districts hold the same two cases (one whole, one
 * waiting before the DPP), so a removed scope check shows as the other district's rows or counts.
 */
describe('district scope on every read path', () => {
  let app: TestApp;
  const cases = { maseru: { whole: randomUUID(), atDpp: randomUUID() }, berea: { whole: randomUUID(), atDpp: randomUUID() } };
  let minPosition = 0;
  let maseru: Record<'auditor' | 'prosecutor' | 'investigator', Api>;
  let bereaAuditor: Api;
  let nationalAuditor: Api;
  /** A read route's query with the position every case was recorded at, so projections have caught up. */
  const read = (api: Api, route: string, query: Record<string, string> = {}) =>
    api.get(`${route}?${new URLSearchParams({ ...query, minPosition: String(minPosition) })}`).expect(200).then((r) => r.body);

  beforeAll(async () => {
    app = await startTestApp({}, { clock: { now: () => new Date('2030-01-01T00:00:00Z') } });
    const users: Recorders = {
      investigator: as(app.http, await app.userToken('investigator')),
      prosecutor: as(app.http, await app.userToken('prosecutor')),
      clerk: as(app.http, await app.userToken('court_clerk')),
    };
    maseru = {
      auditor: as(app.http, await app.userToken('auditor', 'maseru')),
      prosecutor: as(app.http, await app.userToken('prosecutor', 'maseru')),
      investigator: as(app.http, await app.userToken('investigator', 'maseru')),
    };
    bereaAuditor = as(app.http, await app.userToken('auditor', 'berea'));
    nationalAuditor = as(app.http, await app.userToken('auditor'));
    for (const [district, court] of [['maseru', 'Maseru Magistrate Court'], ['berea', 'Berea Magistrate Court']] as const) {
      minPosition = Math.max(minPosition, await recordWholeCase(cases[district].whole, district, court, users));
      minPosition = Math.max(minPosition, await recordCaseBeforeDpp(cases[district].atDpp, district, users));
    }
  }, 180_000);
  afterAll(() => app.close());

  it('answers the timeline and the case of another district exactly as an unknown case, and its own in full', async () => {
    const unknown = randomUUID();
    for (const suffix of ['/timeline', '', '?version=2']) {
      for (const api of [maseru.auditor, maseru.investigator]) {
        const other = await api.get(`/v1/cases/${cases.berea.whole}${suffix}`);
        const none = await api.get(`/v1/cases/${unknown}${suffix}`);
        expect({ suffix, status: other.status, text: other.text.split(cases.berea.whole).join('<id>') })
          .toEqual({ suffix, status: 404, text: none.text.split(unknown).join('<id>') });
        await api.get(`/v1/cases/${cases.maseru.whole}${suffix}`).expect(200);
      }
    }
    const timeline = (await maseru.auditor.get(`/v1/cases/${cases.maseru.whole}/timeline`).expect(200)).body;
    expect(timeline.events).toHaveLength(12);
    await bereaAuditor.get(`/v1/cases/${cases.berea.whole}/timeline`).expect(200);
    // A national user in scope everywhere still gets 404 for a case that does not exist.
    for (const suffix of ['/timeline', '']) await nationalAuditor.get(`/v1/cases/${unknown}${suffix}`).expect(404);
  });

  it('counts only the own district in the caseload, whichever district the query names', async () => {
    for (const query of BOTH_QUERIES) {
      const caseload = await read(maseru.auditor, '/v1/caseload', query);
      expect({ total: caseload.total, byDistrict: caseload.byDistrict }).toEqual({ total: 2, byDistrict: { maseru: 2 } });
    }
    expect((await read(bereaAuditor, '/v1/caseload')).byDistrict).toEqual({ berea: 2 });
    expect((await read(nationalAuditor, '/v1/caseload')).byDistrict).toEqual({ berea: 2, maseru: 2 });
    expect((await read(nationalAuditor, '/v1/caseload', { district: 'berea' })).byDistrict).toEqual({ berea: 2 });
  });

  it('lists only the own district summonses, whichever district the query names', async () => {
    for (const query of BOTH_QUERIES) {
      const { counts, items: summonses } = await read(maseru.prosecutor, '/v1/summonses', query);
      expect({ total: counts.total, cases: summonses.map((s: { caseId: string }) => s.caseId) }).toEqual({ total: 1, cases: [cases.maseru.whole] });
    }
    expect((await read(nationalAuditor, '/v1/summonses')).counts.total).toBe(2);
    // The court filter narrows within the district, never widens it.
    expect((await read(maseru.prosecutor, '/v1/summonses', { court: 'Berea Magistrate Court' })).counts.total).toBe(0);
    expect((await read(nationalAuditor, '/v1/summonses', { court: 'Berea Magistrate Court' })).items.map((s: { caseId: string }) => s.caseId)).toEqual([cases.berea.whole]);
  });

  it('lists only the own district dockets before the DPP, whichever district the query names', async () => {
    for (const query of BOTH_QUERIES) {
      const backlog = await read(maseru.prosecutor, '/v1/dpp/backlog', query);
      expect({ pending: backlog.pending, cases: backlog.items.map((c: { caseId: string }) => c.caseId) }).toEqual({ pending: 1, cases: [cases.maseru.atDpp] });
    }
    expect((await read(bereaAuditor, '/v1/dpp/backlog')).items.map((c: { caseId: string }) => c.caseId)).toEqual([cases.berea.atDpp]);
    expect((await read(nationalAuditor, '/v1/dpp/backlog')).pending).toBe(2);
  });

  it('reports the government-action figures of the own district only', async () => {
    const figures = async (api: Api) => {
      const report = await read(api, '/v1/reports/government-action', { period: '2021-22' });
      return { convictions: report.convictions.total, sentences: report.sentences.total };
    };
    expect(await figures(maseru.auditor)).toEqual({ convictions: 1, sentences: 1 });
    expect(await figures(bereaAuditor)).toEqual({ convictions: 1, sentences: 1 });
    expect(await figures(nationalAuditor)).toEqual({ convictions: 2, sentences: 2 });
    const previous = await read(maseru.auditor, '/v1/reports/government-action', { period: '2020-21' });
    expect({ investigations: previous.investigations.initiated.total, pending: previous.dpp.casesPendingAtEnd }).toEqual({ investigations: 2, pending: 1 });
  });

  it("lists what the report's figures counted of the own district only, and withholds a victim figure's items from a donor", async () => {
    const items = (api: Api, figure: string) => read(api, '/v1/reports/government-action/items', { period: '2020-21', figure });
    const own = await items(maseru.auditor, 'victims.identified.total');
    expect({ filters: own.filters, cases: own.items.map((item: { caseId: string }) => item.caseId).sort() }).toEqual({
      filters: { period: '2020-21', figure: 'victims.identified.total', knownAt: own.filters.knownAt, district: 'maseru' },
      cases: [cases.maseru.whole, cases.maseru.atDpp].sort(),
    });
    expect((await items(nationalAuditor, 'victims.identified.total')).total).toBe(4);
    const donor = as(app.http, await app.userToken('donor'));
    expect(await items(donor, 'victims.identified.total')).toMatchObject({ items: [], withheld: true });
    const counted = await items(donor, 'investigations.initiated.total');
    expect({ total: counted.total, withheld: counted.withheld }).toEqual({ total: 4, withheld: undefined });
    const changes = await read(maseru.auditor, '/v1/reports/government-action/changes', { period: '2020-21', from: '2020-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' });
    expect(changes.filters).toEqual({ period: '2020-21', from: '2020-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z', district: 'maseru' });
  });

  it('lists only the own district red flags, whichever district the query names', async () => {
    const flagged = async (api: Api, query: Record<string, string> = {}) =>
      [...new Set((await read(api, '/v1/flags', query)).items.map((f: { caseId: string }) => f.caseId))].sort();
    const national = await flagged(nationalAuditor);
    expect(national).toEqual(expect.arrayContaining([cases.maseru.atDpp, cases.berea.atDpp]));
    const own = national.filter((id) => id === cases.maseru.whole || id === cases.maseru.atDpp);
    expect(await flagged(maseru.auditor)).toEqual(own);
    expect(await flagged(maseru.auditor, { district: 'berea' })).toEqual(own);
  });

  it("answers an inclusion proof of another district's event, or of a stream that is no case, exactly as an unknown event", async () => {
    const log = await new PostgresEventStore(app.service.database.pool).readAll({ limit: 10_000 });
    const first = (caseId: string) => log.find((event) => event.streamKind === 'case' && event.streamId === caseId)!;
    const events: Record<'own' | 'other' | 'user', RecordedEvent> = {
      own: first(cases.maseru.whole), other: first(cases.berea.whole), user: log.find((event) => event.streamKind !== 'case')!,
    };
    const proof = (api: Api, eventId: string) => api.get(`/v1/ledger/proofs/inclusion?eventId=${eventId}`);
    // Every one of them is sealed and proven to a national caller.
    for (const deadline = Date.now() + 20_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const statuses = await Promise.all(Object.values(events).map(async (event) => (await proof(nationalAuditor, event.eventId)).status));
      if (statuses.every((status) => status === 200)) break;
      if (Date.now() > deadline) throw new Error(`not all sealed: ${statuses.join(', ')}`);
    }
    const unknown = randomUUID();
    for (const api of [maseru.auditor, maseru.investigator]) {
      const none = await proof(api, unknown);
      for (const event of [events.other, events.user]) {
        const answer = await proof(api, event.eventId);
        expect({ status: answer.status, text: answer.text.split(event.eventId).join('<id>') }).toEqual({ status: 404, text: none.text.split(unknown).join('<id>') });
      }
      expect((await proof(api, events.own.eventId).expect(200)).body.leafIndex).toBeGreaterThanOrEqual(0);
    }
    await proof(bereaAuditor, events.other.eventId).expect(200);
  });
});
