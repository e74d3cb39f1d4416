import type { District, Role } from '@casetrail/domain';

/** An authenticated caller. `district` null means nationwide scope. */
export interface User {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly district: District | null;
}

/** A user as the admin routes show it: with when its token was made, ends, and was revoked. */
export interface UserRecord extends User {
  /** The agency the user works for, where one was given. */
  readonly agency: string | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
}
