import { EventStoreDbEventStore, PostgresEventStore } from '@casetrail/event-store';
import type { Database } from '@casetrail/database';
import { ConfigurationError, loadConfiguration } from './configuration';
import { openEventStore } from './open-event-store';

describe('loadConfiguration', () => {
  it('given no settings, defaults to port 3000 and the embedded database', () => {
    const config = loadConfiguration({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ CASETRAIL_ADMIN_TOKEN: 'short' }, 'CASETRAIL_ADMIN_TOKEN'],
    [{ CASETRAIL_MASTER_KEY: 'c2hvcnQ=' }, 'CASETRAIL_MASTER_KEY'],
    [{ CASETRAIL_LOG_LEVEL: 'loud' }, 'CASETRAIL_LOG_LEVEL'],
    [{ CASETRAIL_BODY_LIMIT: 'huge' }, 'CASETRAIL_BODY_LIMIT'],
    [{ CASETRAIL_RATE_LIMIT: '0' }, 'CASETRAIL_RATE_LIMIT'],
    [{ CASETRAIL_MASTER_KEY_PREVIOUS: 'c2hvcnQ=' }, 'CASETRAIL_MASTER_KEY_PREVIOUS'],
    [{ EVENTSTORE_URL: 'postgres://x' }, 'EVENTSTORE_URL'],
    [{ EVENTSTORE_URL: 'node1:2113' }, 'EVENTSTORE_URL'],
    [{ CASETRAIL_LEDGER: 'elsewhere' }, 'CASETRAIL_LEDGER'],
    [{ CASETRAIL_LEDGER_CHECKPOINT_SECONDS: '0' }, 'CASETRAIL_LEDGER_CHECKPOINT_SECONDS'],
  ])('given %p, refuses to start naming %s', (env, name) => {
    expect(() => loadConfiguration(env)).toThrow(ConfigurationError);
    expect(() => loadConfiguration(env)).toThrow(name);
  });

  describe('the event store it selects', () => {
    const database = { pool: {} } as unknown as Database;

    it('given no EVENTSTORE_URL, keeps the events in PostgreSQL', () => {
      expect(openEventStore(loadConfiguration({}), database)).toBeInstanceOf(PostgresEventStore);
    });

    it.each([
      ['esdb://node1:2113,node2:2113,node3:2113?tls=false', 'esdb://node1:2113,node2:2113,node3:2113?tls=false'],
      ['esdb+discover://cluster.local:2113', 'esdb+discover://cluster.local:2113'],
      ['kurrentdb://node1:2113?tls=false', 'esdb://node1:2113?tls=false'],
    ])('given EVENTSTORE_URL=%s, keeps the events in EventStoreDB (%s)', async (url, asGiven) => {
      const config = loadConfiguration({ EVENTSTORE_URL: url });
      expect(config.eventStoreUrl).toBe(asGiven);
      const store = openEventStore(config, database); // the client connects on first use
      expect(store).toBeInstanceOf(EventStoreDbEventStore);
      await store.close();
    });
  });
});
