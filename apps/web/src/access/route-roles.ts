import type { Role } from '../api/types';

const ALL: readonly Role[] = ['admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'donor', 'coordinator'];
const allBut = (...excluded: Role[]) => ALL.filter((role) => !excluded.includes(role));

/**
 * The API's role table for every route the page calls (a test compares it with the API's own), so the page
 * makes no request the API would refuse. A route absent from the API today is simply absent here.
 */
export const ROUTE_ROLES = {
  session: ALL,
  report: allBut('victim_services'),
  caseView: allBut('donor'),
  timeline: ['investigator', 'prosecutor', 'court_clerk', 'auditor', 'coordinator'],
  summonses: ['prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator'],
  dppBacklog: ['prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator'],
  flags: allBut('victim_services'),
  checkpoint: ALL,
  inclusionProof: ALL,
  consistencyProof: ALL,
  caseList: allBut('donor'),
  courtCalendar: ['prosecutor', 'court_clerk', 'auditor', 'coordinator'],
  claims: ALL,
  claim: ALL,
  checkpoints: ALL,
} as const satisfies Record<string, readonly Role[]>;

export type ApiRoute = keyof typeof ROUTE_ROLES;

export const may = (role: Role, route: ApiRoute): boolean => (ROUTE_ROLES[route] as readonly Role[]).includes(role);

/** Roles that get counts only where others get rows. */
export const COUNTS_ONLY: readonly Role[] = ['donor'];
