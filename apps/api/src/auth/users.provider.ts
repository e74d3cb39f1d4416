import type { Provider } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import { UsersRepository } from '@casetrail/users';
import { DATABASE } from '../config/tokens';

/** The users repository (libs/users) on the service's database. */
export const USERS_PROVIDER: Provider = {
  provide: UsersRepository,
  useFactory: (database: Database) => new UsersRepository(database),
  inject: [DATABASE],
};
