import { isValidKeyName } from '@casetrail/ledger';
import { ConfigurationError } from './configuration-error';
import { parseWitnesses, type WitnessEndpoint } from './witness-configuration';

/** The ledger's settings, read and validated once at boot with the rest of the configuration. */
export interface LedgerConfiguration {
  /** The log's name: each checkpoint's first line and the signing key's name (CASETRAIL_LEDGER_ORIGIN). */
  readonly origin: string;
  /** The signer key text `PRIVATE+KEY+<origin>+<id>+<base64>` (CASETRAIL_LEDGER_KEY). */
  readonly key: string | null;
  /** A file holding the signer key, or an Ed25519 PKCS#8 PEM key (CASETRAIL_LEDGER_KEY_FILE). */
  readonly keyFile: string | null;
  /** Where a key is generated (`ledger.key`) when neither is set. */
  readonly dataDir: string;
  /** How often a checkpoint is signed when the tree grew (CASETRAIL_LEDGER_CHECKPOINT_SECONDS). */
  readonly checkpointIntervalMs: number;
  /** Seal and sign in this process (CASETRAIL_LEDGER=in-process) or leave it to another (off). */
  readonly runSealer: boolean;
  /**
   * How long a report waits for a signed checkpoint covering what it counted before answering `checkpoint: null`
   * (CASETRAIL_REPORT_CHECKPOINT_WAIT_MS, default 2000).
   */
  readonly reportCheckpointWaitMs: number;
  /** The witnesses each new checkpoint is submitted to (CASETRAIL_WITNESSES; see parseWitnesses). */
  readonly witnesses: readonly WitnessEndpoint[];
}

export const DEFAULT_LEDGER_ORIGIN = 'casetrail/local';

type Environment = Readonly<Record<string, string | undefined>>;

const set = (raw: string | undefined): string | null => (raw === undefined || raw === '' ? null : raw);

/** Reads the ledger's settings; throws a ConfigurationError naming the first bad one. */
export function loadLedgerConfiguration(env: Environment, dataDir: string): LedgerConfiguration {
  const origin = env.CASETRAIL_LEDGER_ORIGIN || DEFAULT_LEDGER_ORIGIN;
  if (!isValidKeyName(origin)) {
    throw new ConfigurationError(`CASETRAIL_LEDGER_ORIGIN must be a name without spaces or '+' (e.g. casetrail/maseru), got "${origin}"`);
  }
  const key = set(env.CASETRAIL_LEDGER_KEY);
  const keyFile = set(env.CASETRAIL_LEDGER_KEY_FILE);
  if (key && keyFile) throw new ConfigurationError('set CASETRAIL_LEDGER_KEY or CASETRAIL_LEDGER_KEY_FILE, not both');
  const seconds = env.CASETRAIL_LEDGER_CHECKPOINT_SECONDS || '60';
  if (!/^\d{1,6}$/.test(seconds) || Number(seconds) < 1 || Number(seconds) > 86_400) {
    throw new ConfigurationError(`CASETRAIL_LEDGER_CHECKPOINT_SECONDS must be a whole number from 1 to 86400, got "${seconds}"`);
  }
  const mode = env.CASETRAIL_LEDGER || 'in-process';
  if (mode !== 'in-process' && mode !== 'off') {
    throw new ConfigurationError(`CASETRAIL_LEDGER must be in-process or off, got "${mode}"`);
  }
  const waitMs = env.CASETRAIL_REPORT_CHECKPOINT_WAIT_MS || '2000';
  if (!/^\d{1,5}$/.test(waitMs) || Number(waitMs) > 60_000) {
    throw new ConfigurationError(`CASETRAIL_REPORT_CHECKPOINT_WAIT_MS must be a whole number of milliseconds from 0 to 60000, got "${waitMs}"`);
  }
  return {
    origin,
    key,
    keyFile,
    dataDir,
    checkpointIntervalMs: Number(seconds) * 1000,
    runSealer: mode === 'in-process',
    reportCheckpointWaitMs: Number(waitMs),
    witnesses: parseWitnesses(env.CASETRAIL_WITNESSES),
  };
}
