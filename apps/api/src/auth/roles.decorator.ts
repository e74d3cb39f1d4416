import { SetMetadata } from '@nestjs/common';
import type { Role } from '@casetrail/domain';

export const ROLES_KEY = 'casetrail:roles';
export const PUBLIC_KEY = 'casetrail:public';

/** The roles that may call a route (the contract's role table). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
