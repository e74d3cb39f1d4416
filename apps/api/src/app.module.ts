import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerStorageService } from '@nestjs/throttler';
import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { ProjectionRunner } from '@casetrail/projections';
import { AdminUsersController } from './admin/admin-users.controller';
import { UsersController } from './admin/users.controller';
import { AccessLogController } from './access-log/access-log.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthenticationFailures } from './auth/authentication-failures';
import { BootstrapAdmin } from './auth/bootstrap-admin';
import { USERS_PROVIDER } from './auth/users.provider';
import { ClaimCommands } from './claims/claim-commands';
import { ClaimBundleBuilder } from './claims/claim-bundle-builder';
import { VerifierController } from './verify/verifier.controller';
import { ClaimsController } from './claims/claims.controller';
import { CaseQueries } from './cases/queries/case-queries';
import { AccessLog } from './access-log/access-log';
import { CaseQueriesController } from './cases/queries/case-queries.controller';
import { CASE_COMMAND_HANDLERS } from './cases/commands';
import { CaseCommands } from './cases/commands/path/case-commands.service';
import { EventRecorder } from './cases/commands/path/event-recorder';
import { CaseIntegrityController } from './cases/controllers/case-integrity.controller';
import { CourtController } from './cases/controllers/court.controller';
import { IntakeController } from './cases/controllers/intake.controller';
import { InvestigationController } from './cases/controllers/investigation.controller';
import { ProsecutionController } from './cases/controllers/prosecution.controller';
import { CorrectionPolicy } from './cases/corrections/correction-policy';
import { systemClock, type Clock } from './clock';
import type { Configuration } from '@casetrail/config';
import { EVENT_STORE_PROVIDER, EventStoreCloser } from './config/event-store.provider';
import { CLOCK, CONFIGURATION, DATABASE, EVENT_STORE } from './config/tokens';
import { HealthController } from './health/health.controller';
import { LEDGER_CONFIGURATION } from './config/tokens';
import { ServiceHealth } from './health/service-health';
import { LEDGER_CONTROLLERS, LEDGER_PROVIDERS } from './ledger/ledger.providers';
import { ProblemFilter } from './http/exception.filter';
import { PlainObjectBodyPipe } from './http/plain-object.pipe';
import { ExportInterceptor } from './exports/export.interceptor';
import { RequestShapeInterceptor } from './http/validation/request-shape.interceptor';
import { strictValidationPipe } from './http/validation/validation.pipe';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { IdempotentCommands } from './idempotency/idempotent-commands';
import type { PersonalData } from '@casetrail/personal-data';
import { PersonalDataHost } from './personal-data/personal-data.host';
import { PERSONAL_DATA } from './personal-data/personal-data.token';
import { PersonalDataVault } from './personal-data/personal-data.vault';
import { SubjectsController } from './subjects/subjects.controller';
import { CaseListController } from './read-models/case-list/case-list.controller';
import { CaseloadController } from './read-models/caseload/caseload.controller';
import { DppBacklogController } from './read-models/dpp-backlog/dpp-backlog.controller';
import { GovernmentActionController } from './read-models/government-action/government-action.controller';
import { ProjectionHost, WakeProjections } from './read-models/projection-host';
import { readModelRunner } from '@casetrail/read-models';
import { CourtCalendarController } from './read-models/court-calendar/court-calendar.controller';
import { ReadModelReader } from './read-models/read-model-reader';
import { DonorDisclosure } from './read-models/donor-disclosure';
import { ReadYourWrites } from './read-models/read-your-writes';
import { RedFlagsController } from './read-models/red-flags/red-flags.controller';
import { SummonsesController } from './read-models/summonses/summonses.controller';
import { WebSessionController } from './web/web-session.controller';
import { WebSessions } from './web/web-sessions';

export interface AppDependencies {
  readonly configuration: Configuration;
  readonly database: Database;
  readonly personalData: PersonalData;
  readonly clock?: Clock;
  /** The event store, when the caller opened it (tests); else the configured one. */
  readonly eventStore?: EventStore;
}

@Module({})
export class AppModule {
  static forRoot(dependencies: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        HealthController, AdminUsersController, UsersController, AccessLogController, IntakeController, InvestigationController, ProsecutionController,
        CourtController, CaseIntegrityController, SubjectsController, CaseQueriesController, CaseloadController,
        SummonsesController, DppBacklogController, GovernmentActionController, ...LEDGER_CONTROLLERS,
        WebSessionController,
        RedFlagsController, CaseListController,
        CourtCalendarController,
        ClaimsController, VerifierController,
      ],
      providers: [
        { provide: CONFIGURATION, useValue: dependencies.configuration },
        { provide: DATABASE, useValue: dependencies.database },
        { provide: CLOCK, useValue: dependencies.clock ?? systemClock },
        { provide: PERSONAL_DATA, useValue: dependencies.personalData },
        { provide: LEDGER_CONFIGURATION, useValue: dependencies.configuration.ledger },
        dependencies.eventStore ? { provide: EVENT_STORE, useValue: dependencies.eventStore } : EVENT_STORE_PROVIDER, EventStoreCloser,
        {
          provide: ProjectionRunner,
          useFactory: (database: Database, store: EventStore) =>
            readModelRunner(database, store, {
              batchSize: dependencies.configuration.projectionBatchSize,
              onOwnershipChange: (owned) => new Logger('Projections').log({ msg: 'projections owned by this process', owned }),
              onStall: (stall) => new Logger('Projections').error({ msg: 'projection cannot apply an event; retrying with backoff', ...stall }),
              onRecovery: (stall) => new Logger('Projections').log({ msg: 'projection advances again', ...stall }),
              onError: (component, error) =>
                new Logger('Projections').error({ msg: 'projection runner failed; retrying', component, error: String(error) }),
            }),
          inject: [DATABASE, EVENT_STORE],
        },
        ProjectionHost, WakeProjections, ReadYourWrites, ReadModelReader, DonorDisclosure, ServiceHealth,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: RequestShapeInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ExportInterceptor },
        { provide: APP_PIPE, useClass: PlainObjectBodyPipe },
        { provide: APP_PIPE, useFactory: strictValidationPipe },
        ThrottlerStorageService, AuthenticationFailures,
        USERS_PROVIDER, BootstrapAdmin, IdempotencyStore, IdempotentCommands, PersonalDataVault, PersonalDataHost, EventRecorder, CaseCommands, CorrectionPolicy,
        CaseQueries, AccessLog, WebSessions, ClaimCommands, ClaimBundleBuilder,
        ...CASE_COMMAND_HANDLERS,
        ...LEDGER_PROVIDERS,
      ],
    };
  }
}
