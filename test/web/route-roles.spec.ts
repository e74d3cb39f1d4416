import 'reflect-metadata';
import { ROLES } from '@casetrail/domain';
import { ROLES_KEY } from '../../apps/api/src/auth/roles.decorator';
import { CaseQueriesController } from '../../apps/api/src/cases/queries/case-queries.controller';
import { LedgerController } from '../../apps/api/src/ledger/ledger.controller';
import { DppBacklogController } from '../../apps/api/src/read-models/dpp-backlog/dpp-backlog.controller';
import { GovernmentActionController } from '../../apps/api/src/read-models/government-action/government-action.controller';
import { SummonsesController } from '../../apps/api/src/read-models/summonses/summonses.controller';
import { WebSessionController } from '../../apps/api/src/web/web-session.controller';
import { ROUTE_ROLES, type ApiRoute } from '../../apps/web/src/access/route-roles';

/** The route each of the page's role lists copies, read from the API's own @Roles. */
const API_ROUTES: Record<ApiRoute, [object, string]> = {
  session: [WebSessionController.prototype, 'signIn'],
  report: [GovernmentActionController.prototype, 'report'],
  caseView: [CaseQueriesController.prototype, 'view'],
  timeline: [CaseQueriesController.prototype, 'timeline'],
  summonses: [SummonsesController.prototype, 'summonses'],
  dppBacklog: [DppBacklogController.prototype, 'backlog'],
  checkpoint: [LedgerController.prototype, 'checkpoint'],
  inclusionProof: [LedgerController.prototype, 'inclusion'],
  consistencyProof: [LedgerController.prototype, 'consistency'],
};

describe('the web page asks only what the API answers each role', () => {
  it.each(Object.keys(ROUTE_ROLES) as ApiRoute[])('given the %s route, the page\'s role list is the API\'s', (route) => {
    const [controller, method] = API_ROUTES[route];
    const handler = (controller as Record<string, unknown>)[method] as object;
    const apiRoles = (Reflect.getMetadata(ROLES_KEY, handler) as string[] | undefined) ?? [...ROLES];
    expect([...ROUTE_ROLES[route]].sort()).toEqual([...apiRoles].sort());
  });
});
