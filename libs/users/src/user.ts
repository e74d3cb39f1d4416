import type { District, Role } from '@casetrail/domain';

/** An authenticated caller. `district` null means nationwide scope. */
export interface User {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly district: District | null;
}
