/** The page's public entry for tests and tools outside apps/web (the page itself starts at main.tsx). */
export { ROUTE_ROLES, type ApiRoute } from './access/route-roles';
export { FIRST_CHART_MARK } from './charts/first-chart-mark';
export { verifyConsistency } from './ledger/merkle';
export { proveInclusion } from './ledger/prove-inclusion';
export type { Checkpoint, InclusionProof } from './api/types';
