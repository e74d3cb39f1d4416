import type { Provider } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { UsersRepository } from '@casetrail/users';
import { CaseEventRecorded } from '../cases/case-event-recorded';
import type { Clock } from '../clock';
import { CLOCK, DATABASE, EVENT_STORE } from '../config/tokens';

/** The users repository (libs/users) on the service's database; its events wake the followers as a command's do. */
export const USERS_PROVIDER: Provider = {
  provide: UsersRepository,
  useFactory: (database: Database, store: EventStore, clock: Clock, eventBus?: EventBus) =>
    new UsersRepository(database, store, clock, (events) => eventBus?.publishAll(events.map((e) => new CaseEventRecorded(e)))),
  inject: [DATABASE, EVENT_STORE, CLOCK, { token: EventBus, optional: true }],
};
