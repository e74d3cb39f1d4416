import type { ComponentType } from 'react';
import type { Role } from '../api/types';
import { strings } from '../strings';
import { CaseListView } from '../views/case-list/case-list-view';
import { CasesView } from '../views/cases/cases-view';
import { ClaimsView } from '../views/claims/claims-view';
import { CourtCalendarView } from '../views/court-calendar/court-calendar-view';
import { FlagsView } from '../views/flags/flags-view';
import { GovernmentActionView } from '../views/government-action/government-action-view';
import { LedgerView } from '../views/ledger/ledger-view';
import { WorkListsView } from '../views/work-lists/work-lists-view';
import { ROUTE_ROLES } from './route-roles';

/**
 * The page's views: a route, the roles it is for, and its component. A view whose API routes do not exist yet
 * has no component: it is listed here (so its place is decided) and shown to nobody until it gets one.
 */
export interface ViewEntry {
  readonly id: string;
  readonly path: string;
  /** Paths under it (`/cases/:caseId`) that open the same view. */
  readonly subPaths?: readonly string[];
  readonly label: string;
  readonly roles: readonly Role[];
  readonly component: ComponentType | null;
}

const union = (...lists: readonly (readonly Role[])[]): Role[] => [...new Set(lists.flat())];

export const VIEWS: readonly ViewEntry[] = [
  { id: 'government-action', path: '/government-action', label: strings.views.governmentAction, roles: ROUTE_ROLES.report, component: GovernmentActionView },
  { id: 'cases', path: '/cases', subPaths: ['/cases/:caseId'], label: strings.views.cases, roles: ROUTE_ROLES.caseView, component: CasesView },
  { id: 'case-list', path: '/case-list', label: strings.views.caseList, roles: ROUTE_ROLES.caseList, component: CaseListView },
  {
    id: 'work-lists',
    path: '/work-lists',
    label: strings.views.workLists,
    roles: union(ROUTE_ROLES.dppBacklog, ROUTE_ROLES.summonses),
    component: WorkListsView,
  },
  { id: 'court-calendar', path: '/court-calendar', label: strings.views.courtCalendar, roles: ROUTE_ROLES.courtCalendar, component: CourtCalendarView },
  { id: 'flags', path: '/flags', label: strings.views.flags, roles: ROUTE_ROLES.flags, component: FlagsView },
  { id: 'claims', path: '/claims', subPaths: ['/claims/:claimId'], label: strings.views.claims, roles: ROUTE_ROLES.claims, component: ClaimsView },
  { id: 'ledger', path: '/ledger', label: strings.views.ledger, roles: ROUTE_ROLES.checkpoint, component: LedgerView },
];

/** The views this role may open, in navigation order. */
export const viewsFor = (role: Role): (ViewEntry & { component: ComponentType })[] =>
  VIEWS.filter((v): v is ViewEntry & { component: ComponentType } => v.component !== null && v.roles.includes(role));
