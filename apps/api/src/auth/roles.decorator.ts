import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@casetrail/domain';

export const ROLES_KEY = 'casetrail:roles';
export const PUBLIC_KEY = 'casetrail:public';

/** The roles that may call a route (the contract's role table), also published in /docs-json as `x-roles`. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

/** A route anyone may call without a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
