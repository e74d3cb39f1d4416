import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { openDatabase, type Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { AppModule } from './app.module';
import type { Clock } from './clock';
import type { Configuration } from '@casetrail/config';
import { jsonBody } from './http/body-parser';
import { rateLimitMiddleware } from './http/rate-limit.middleware';
import { requestIdMiddleware } from './http/request-id.middleware';
import { JsonLogger } from './logging/json-logger';
import { MIGRATIONS } from '@casetrail/config';
import { openPersonalData as openKeys } from './personal-data/open-personal-data';
import { contentSecurityPolicy } from './web/content-security-policy';
import { serveWebPage } from './web/web-page';

export interface CasetrailApp {
  readonly app: NestExpressApplication;
  readonly database: Database;
  close(): Promise<void>;
}

/** Builds the whole service on a configuration; `database` and an event store on it may be handed in by tests. */
export async function createCasetrailApp(
  configuration: Configuration,
  options: { database?: Database; clock?: Clock; logger?: JsonLogger; eventStore?: (database: Database) => EventStore } = {},
): Promise<CasetrailApp> {
  const logger = options.logger ?? new JsonLogger(configuration.logLevel);
  const database =
    options.database ??
    (await openDatabase({
      url: configuration.databaseUrl ?? undefined,
      dataDir: configuration.dataDir,
      poolSize: configuration.poolSize,
      migrations: MIGRATIONS,
      warn: (msg) => logger.warn({ msg }, 'Database'),
    }));
  const personalData = await openKeys(configuration, database, logger).catch(async (error: unknown) => {
    if (!options.database) await database.close();
    throw error;
  });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ configuration, database, personalData, clock: options.clock, eventStore: options.eventStore?.(database) }),
    { logger, bodyParser: false, abortOnError: false },
  );
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(contentSecurityPolicy());
  app.use(rateLimitMiddleware(configuration.rateLimitPerMinute));
  app.use(...jsonBody(configuration.bodyLimit));
  if (!serveWebPage(app)) logger.warn({ msg: 'the web page is not built (npm run build:web); GET / answers 404' }, 'Bootstrap');
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('casetrail')
      .setDescription('The audit record of trafficking-in-persons cases: API version 1')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  const ownsDatabase = !options.database;
  return {
    app,
    database,
    close: async () => {
      await app.close();
      if (ownsDatabase) await database.close();
    },
  };
}
