import { ConfigurationError, loadConfiguration } from './configuration';

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
  ])('given %p, refuses to start naming %s', (env, name) => {
    expect(() => loadConfiguration(env)).toThrow(ConfigurationError);
    expect(() => loadConfiguration(env)).toThrow(name);
  });
});
