import type { Role } from '@casetrail/contract';

/** Roles that are never limited to one district. */
export const NATIONWIDE_ROLES: readonly Role[] = ['coordinator'];
