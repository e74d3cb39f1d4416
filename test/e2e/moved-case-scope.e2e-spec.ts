import { randomUUID } from 'node:crypto';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordCaseBeforeDpp, recordWholeCase, type Recorders } from '../support/whole-case';

type Api = ReturnType<typeof as>;
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const caseIds = (body: Body) => new Set((body.items as { caseId: string }[]).map((item) => item.caseId)).size;

/** Each read route that travels in time, asked as known at `knownAt`, and what of the moved cases it shows (0: none). */
const routes = (knownAt: string): { route: string; query: Record<string, string>; seen: (body: Body) => number }[] => [
  { route: '/v1/cases', query: { knownAt }, seen: caseIds },
  { route: '/v1/caseload', query: { knownAt }, seen: (body) => body.total },
  { route: '/v1/caseload', query: { knownAt, period: '2020-21' }, seen: (body) => body.clearance.maseru?.newCases ?? 0 },
  { route: '/v1/dpp/backlog', query: { knownAt }, seen: (body) => body.pending },
  { route: '/v1/summonses', query: { knownAt }, seen: (body) => body.counts.total },
  { route: '/v1/court/calendar', query: { knownAt, from: '2021-01-01', to: '2021-12-31' }, seen: caseIds },
  { route: '/v1/flags', query: { knownAt }, seen: caseIds },
  { route: '/v1/reports/government-action', query: { knownAt, period: '2020-21' }, seen: (body) => body.investigations.initiated.total },
  { route: '/v1/reports/government-action/items', query: { knownAt, period: '2020-21', figure: 'investigations.initiated.total' }, seen: (body) => body.total },
  { route: '/v1/reports/government-action/changes', query: { from: '2020-01-01T00:00:00Z', to: knownAt, period: '2020-21' }, seen: (body) => body.items.length },
];

/**
 * A district-scoped user sees a case only while it is in their district now: two maseru cases corrected into berea
 * are gone from every maseru list and figure, also as they stood when known before the move (knownAt), though
 * the same question asked for maseru by a nationwide user still finds them there.
 */
describe('a case moved to another district, read as known before the move', () => {
  let app: TestApp;
  let beforeMove = '';
  let minPosition = 0;
  let maseru: Api;
  let national: Api;

  beforeAll(async () => {
    app = await startTestApp();
    const users: Recorders = {
      investigator: as(app.http, await app.userToken('investigator')),
      prosecutor: as(app.http, await app.userToken('prosecutor')),
      clerk: as(app.http, await app.userToken('court_clerk')),
    };
    maseru = as(app.http, await app.userToken('auditor', 'maseru'));
    national = as(app.http, await app.userToken('auditor'));
    const moved = [randomUUID(), randomUUID()];
    await recordWholeCase(moved[0]!, 'maseru', 'Maseru Magistrate Court', users);
    await recordCaseBeforeDpp(moved[1]!, 'maseru', users);
    // A moment after both were recorded and before either moved (recordedAt has millisecond precision).
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    await pause();
    beforeMove = new Date().toISOString();
    await pause();
    for (const caseId of moved) {
      const referral = (await national.get(`/v1/cases/${caseId}/timeline`).expect(200)).body.events[0].eventId;
      const correction = await users.investigator.post(`/v1/cases/${caseId}/corrections`, { eventId: referral, reason: 'moved', changes: { district: 'berea' } }).expect(201);
      minPosition = Math.max(minPosition, correction.body.position);
    }
  }, 120_000);
  afterAll(() => app.close());

  const read = async (api: Api, route: string, query: Record<string, string>) =>
    (await api.get(`${route}?${new URLSearchParams({ ...query, minPosition: String(minPosition) })}`).expect(200)).body as Body;

  it('shows them to no maseru user, though maseru held them then', async () => {
    const answers = [];
    for (const { route, query, seen } of routes(beforeMove)) {
      // Flags and the report read a case's district as it is now: nationwide, they find the moved cases anywhere.
      const district: Record<string, string> = route === '/v1/flags' || route.includes('/reports/') ? {} : { district: 'maseru' };
      answers.push({
        route, query,
        nationwide: seen(await read(national, route, { ...query, ...district })) > 0,
        maseru: seen(await read(maseru, route, query)),
      });
    }
    // The answer says which moment it is as of (the same for both callers).
    expect(await read(maseru, '/v1/caseload', { knownAt: beforeMove })).toMatchObject({ total: 0, knownAt: beforeMove, asOf: null });
    expect(answers).toEqual(routes(beforeMove).map(({ route, query }) => ({ route, query, nationwide: true, maseru: 0 })));
  });
});
