import { isAbsolute, resolve } from 'node:path';
import { keysDirectory } from '@casetrail/personal-data';
import { ConfigurationError } from './configuration-error';
import { loadLedgerConfiguration, type LedgerConfiguration } from './ledger-configuration';

/** The service's settings, read and validated once at boot. */
export interface Configuration {
  readonly port: number;
  /** Absent: the embedded PostgreSQL (PGlite) under `dataDir`. */
  readonly databaseUrl: string | null;
  /** `esdb://…`: the events live in EventStoreDB/KurrentDB; read models, keys and the ledger stay in PostgreSQL. */
  readonly eventStoreUrl: string | null;
  readonly dataDir: string;
  /** The epoch keys (and a generated master key): outside the data folder, `<dataDir>-keys` by default. */
  readonly keysDir: string;
  readonly adminToken: string | null;
  /** Base64 of 32 bytes; absent: generated once under `dataDir`. */
  readonly masterKey: string | null;
  /** During a master-key rotation: the key being rotated away from (opens keys not yet re-wrapped). */
  readonly masterKeyPrevious: string | null;
  readonly bodyLimit: string;
  /** Requests per minute allowed to one token (or one address when anonymous). */
  readonly rateLimitPerMinute: number;
  readonly logLevel: LogLevel;
  readonly poolSize: number;
  readonly commandRetries: number;
  /** Follow the event log with the projections in this process (off when `apps/projector` does it). */
  readonly runProjections: boolean;
  /** Events a projection applies per transaction. */
  readonly projectionBatchSize: number;
  /** The tamper-evident ledger: signing key, checkpoint interval, whether this process seals. */
  readonly ledger: LedgerConfiguration;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export { ConfigurationError };

type Environment = Readonly<Record<string, string | undefined>>;

function integer(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigurationError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function databaseUrl(env: Environment): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError('DATABASE_URL must be a postgres:// URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigurationError(`DATABASE_URL must be a postgres:// URL, got protocol "${url.protocol}"`);
  }
  return raw;
}

const EVENTSTORE_SCHEMES = ['esdb:', 'esdb+discover:', 'kurrentdb:', 'kurrentdb+discover:'];

function eventStoreUrl(env: Environment): string | null {
  const raw = env.EVENTSTORE_URL;
  if (raw === undefined || raw === '') return null;
  const scheme = /^[a-z+]+:/i.exec(raw)?.[0]?.toLowerCase();
  if (!scheme || !EVENTSTORE_SCHEMES.includes(scheme)) {
    throw new ConfigurationError(`EVENTSTORE_URL must be an esdb:// connection string (e.g. esdb://node1:2113?tls=false), got "${raw}"`);
  }
  // The client names KurrentDB's schemes esdb; the cluster is the same.
  return raw.replace(/^kurrentdb/i, 'esdb');
}

function adminToken(env: Environment): string | null {
  const raw = env.CASETRAIL_ADMIN_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16 || raw.length > 256 || /\s/.test(raw)) {
    throw new ConfigurationError('CASETRAIL_ADMIN_TOKEN must be 16 to 256 characters without spaces');
  }
  return raw;
}

function masterKey(env: Environment, name: 'CASETRAIL_MASTER_KEY' | 'CASETRAIL_MASTER_KEY_PREVIOUS'): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (Buffer.from(raw, 'base64').length !== 32) {
    throw new ConfigurationError(`${name} must be the base64 of exactly 32 bytes`);
  }
  return raw;
}

function logLevel(env: Environment): LogLevel {
  const raw = env.CASETRAIL_LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigurationError(`CASETRAIL_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return raw as LogLevel;
}

function bodyLimit(env: Environment): string {
  const raw = env.CASETRAIL_BODY_LIMIT ?? '64kb';
  if (!/^\d+(b|kb|mb)$/i.test(raw)) {
    throw new ConfigurationError(`CASETRAIL_BODY_LIMIT must look like 64kb or 1mb, got "${raw}"`);
  }
  return raw;
}

function projections(env: Environment): boolean {
  const raw = env.CASETRAIL_PROJECTIONS ?? 'in-process';
  if (raw !== 'in-process' && raw !== 'off') {
    throw new ConfigurationError(`CASETRAIL_PROJECTIONS must be in-process or off, got "${raw}"`);
  }
  return raw === 'in-process';
}

/** Reads the environment; throws a ConfigurationError naming the first bad setting. */
export function loadConfiguration(env: Environment = process.env): Configuration {
  const rawDataDir = env.CASETRAIL_DATA_DIR || './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: databaseUrl(env),
    eventStoreUrl: eventStoreUrl(env),
    dataDir,
    keysDir: keysDirectory(env, dataDir),
    adminToken: adminToken(env),
    masterKey: masterKey(env, 'CASETRAIL_MASTER_KEY'),
    masterKeyPrevious: masterKey(env, 'CASETRAIL_MASTER_KEY_PREVIOUS'),
    bodyLimit: bodyLimit(env),
    rateLimitPerMinute: integer(env, 'CASETRAIL_RATE_LIMIT', 1200, 1, 1_000_000),
    logLevel: logLevel(env),
    poolSize: integer(env, 'CASETRAIL_DB_POOL_SIZE', 10, 1, 200),
    commandRetries: integer(env, 'CASETRAIL_COMMAND_RETRIES', 25, 0, 100),
    runProjections: projections(env),
    projectionBatchSize: integer(env, 'CASETRAIL_PROJECTION_BATCH_SIZE', 500, 1, 100_000),
    ledger: loadLedgerConfiguration(env, dataDir),
  };
}
