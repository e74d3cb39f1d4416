import { ConfigurationError } from './configuration';
import { loadLedgerConfiguration } from './ledger-configuration';

describe('loadLedgerConfiguration', () => {
  it('given no settings, then the origin is casetrail/local, checkpoints come every 60 s and the sealer runs in-process', () => {
    expect(loadLedgerConfiguration({}, '/data')).toEqual({
      origin: 'casetrail/local',
      key: null,
      keyFile: null,
      dataDir: '/data',
      checkpointIntervalMs: 60_000,
      runSealer: true,
      reportCheckpointWaitMs: 2_000,
      witnesses: [],
    });
  });

  it('given every setting, then each is taken', () => {
    const config = loadLedgerConfiguration(
      { CASETRAIL_LEDGER_ORIGIN: 'casetrail/maseru', CASETRAIL_LEDGER_KEY_FILE: '/keys/ledger', CASETRAIL_LEDGER_CHECKPOINT_SECONDS: '5', CASETRAIL_LEDGER: 'off', CASETRAIL_REPORT_CHECKPOINT_WAIT_MS: '500' },
      '/data',
    );
    expect(config).toMatchObject({ origin: 'casetrail/maseru', keyFile: '/keys/ledger', checkpointIntervalMs: 5_000, runSealer: false, reportCheckpointWaitMs: 500 });
  });

  it.each([
    [{ CASETRAIL_LEDGER_ORIGIN: 'casetrail maseru' }, 'CASETRAIL_LEDGER_ORIGIN'],
    [{ CASETRAIL_LEDGER_ORIGIN: 'a+b' }, 'CASETRAIL_LEDGER_ORIGIN'],
    [{ CASETRAIL_LEDGER_KEY: 'x', CASETRAIL_LEDGER_KEY_FILE: 'y' }, 'not both'],
    [{ CASETRAIL_LEDGER_CHECKPOINT_SECONDS: '0' }, 'CASETRAIL_LEDGER_CHECKPOINT_SECONDS'],
    [{ CASETRAIL_LEDGER_CHECKPOINT_SECONDS: 'hourly' }, 'CASETRAIL_LEDGER_CHECKPOINT_SECONDS'],
    [{ CASETRAIL_REPORT_CHECKPOINT_WAIT_MS: '2s' }, 'CASETRAIL_REPORT_CHECKPOINT_WAIT_MS'],
    [{ CASETRAIL_REPORT_CHECKPOINT_WAIT_MS: '60001' }, 'CASETRAIL_REPORT_CHECKPOINT_WAIT_MS'],
    [{ CASETRAIL_LEDGER: 'sometimes' }, 'CASETRAIL_LEDGER'],
  ])('given %p, then it refuses to start naming %s', (env, name) => {
    expect(() => loadLedgerConfiguration(env, '/data')).toThrow(ConfigurationError);
    expect(() => loadLedgerConfiguration(env, '/data')).toThrow(name);
  });
});
