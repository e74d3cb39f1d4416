import type { Projection } from '@casetrail/projections';
import { claimsProjection } from './claims/claims.projection';
import { caseListProjection } from './case-list/case-list.projection';
import { caseloadProjection } from './caseload/caseload.projection';
import { courtCalendarProjection } from './court-calendar/court-calendar.projection';
import { governmentActionProjection } from './government-action/government-action.projection';
import { redFlagsProjection } from './red-flags/red-flags.projection';

/** Every read model kept from the event log. */
export const PROJECTIONS: readonly Projection[] = [
  caseloadProjection,
  governmentActionProjection,
  redFlagsProjection,
  courtCalendarProjection,
  claimsProjection,
  caseListProjection,
];
