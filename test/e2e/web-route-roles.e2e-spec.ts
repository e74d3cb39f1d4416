import request from 'supertest';
import { ROLES } from '@casetrail/domain';
import { ROUTE_ROLES, type ApiRoute } from '../../apps/web/src';
import { startTestApp, type TestApp } from '../support/test-app';

/** The operation each of the page's role lists copies, as /docs-json names it. */
const API_ROUTES: Record<ApiRoute, [method: string, path: string]> = {
  session: ['post', '/v1/session'],
  report: ['get', '/v1/reports/government-action'],
  caseView: ['get', '/v1/cases/{caseId}'],
  timeline: ['get', '/v1/cases/{caseId}/timeline'],
  summonses: ['get', '/v1/summonses'],
  dppBacklog: ['get', '/v1/dpp/backlog'],
  flags: ['get', '/v1/flags'],
  checkpoint: ['get', '/v1/ledger/checkpoint'],
  inclusionProof: ['get', '/v1/ledger/proofs/inclusion'],
  consistencyProof: ['get', '/v1/ledger/proofs/consistency'],
  caseList: ['get', '/v1/cases'],
  courtCalendar: ['get', '/v1/court/calendar'],
  claims: ['get', '/v1/claims'],
  claim: ['get', '/v1/claims/{claimId}'],
  checkpoints: ['get', '/v1/ledger/checkpoints'],
};

describe('the web page asks only what the API answers each role', () => {
  let app: TestApp;
  let paths: Record<string, Record<string, { 'x-roles'?: string[] }>>;

  beforeAll(async () => {
    app = await startTestApp();
    paths = (await request(app.http).get('/docs-json').expect(200)).body.paths;
  });
  afterAll(() => app.close());

  it.each(Object.keys(ROUTE_ROLES) as ApiRoute[])("given the %s route, the page's role list is the API's x-roles", (route) => {
    const [method, path] = API_ROUTES[route];
    const operation = paths[path]?.[method];
    expect(operation).toBeDefined();
    const apiRoles = operation?.['x-roles'] ?? [...ROLES];
    expect([...ROUTE_ROLES[route]].sort()).toEqual([...apiRoles].sort());
  });

  it('publishes x-roles on a route that narrows them', () => {
    expect(paths['/v1/dpp/backlog']?.get?.['x-roles']).toEqual(['prosecutor', 'court_clerk', 'auditor', 'coordinator', 'donor']);
  });
});
