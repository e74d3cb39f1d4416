import 'reflect-metadata';
import { createCasetrailApp } from './bootstrap';
import { ConfigurationError, loadConfiguration } from '@casetrail/config';

async function main(): Promise<void> {
  let configuration;
  try {
    configuration = loadConfiguration();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`casetrail: cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const service = await createCasetrailApp(configuration).catch((error: unknown) => {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`casetrail: cannot start: ${error.message}\n`);
    process.exit(2);
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    // Stop accepting, let in-flight requests finish, then close the store.
    service.app.getHttpServer().close();
    void service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`casetrail: shutdown after ${signal} failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  await service.app.listen(configuration.port);
  process.stdout.write(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'info',
      msg: 'casetrail listening',
      port: configuration.port,
      database: service.database.embedded ? `embedded (${configuration.dataDir})` : 'postgres',
    }) + '\n',
  );
}

void main();
