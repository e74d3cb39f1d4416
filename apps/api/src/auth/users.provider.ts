import type { Provider } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import { UsersRepository } from '@casetrail/users';
import type { Clock } from '../clock';
import { CLOCK, DATABASE } from '../config/tokens';

/** The users repository (libs/users) on the service's database. */
export const USERS_PROVIDER: Provider = {
  provide: UsersRepository,
  useFactory: (database: Database, clock: Clock) => new UsersRepository(database, clock),
  inject: [DATABASE, CLOCK],
};
