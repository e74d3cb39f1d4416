import 'reflect-metadata';
import { openDatabase, type Database } from '@casetrail/database';
import { DISTRICTS, NATIONWIDE_ROLES, ROLES, textProblem, type District, type Role } from '@casetrail/domain';
import { UsersRepository } from '@casetrail/users';
import { ConfigurationError, loadConfiguration } from '@casetrail/config';
import { openEventStore } from '@casetrail/config';
import { MIGRATIONS } from '@casetrail/config';
import { keysRotate } from './keys/keys-rotate';
import { ledgerAudit } from './ledger/ledger-audit';
import { ledgerVerifyConsistency, ledgerVerifyInclusion } from './ledger/ledger-verify';
import { ledgerVerifyExport } from './ledger/ledger-verify-export';
import { parseOptions, single, UsageError, type ParsedOptions } from './options';
import { PROJECTIONS_REBUILD_HELP, rebuildProjections } from './projections-rebuild';
import { witnessKeygen, witnessServe } from './witness/witness-command';
import { claimsVerify } from './claims/claims-verify';

const HELP = `casetrail command-line tool (same configuration as the service: DATABASE_URL, CASETRAIL_DATA_DIR)

Usage: npm run cli -- <command> [options]

Commands:
  users add --name N --role R [--district D]   create a user and print their token (shown once)
  projections rebuild [NAME]                   rebuild one projection (or all) without downtime
  keys rotate --new-key-file F [--generate]    re-wrap every personal-data key under a new master key
  ledger audit --public-key K                  recompute every leaf from the stored events and check them
                                               against the signed checkpoints (reads the database)
  ledger verify-inclusion ...                  offline: an event's inclusion proof against a checkpoint
  ledger verify-consistency ...                offline: an old checkpoint is a prefix of a new one
  witness keygen --name N --key F              make a witness key, print its cosigner key
  witness serve --key F --state DIR --log-key K [--port N]
                                               run a C2SP tlog-witness that cosigns the log's checkpoints
  ledger verify-export <file> --public-key K [--checkpoint F]
                                               offline: a copy of GET /v1/events against signed checkpoints
  claims verify <bundle> --public-key K [--witness-key W]... [--witnesses-needed N]
                                               offline: a claim's bundle (GET /v1/claims/:id/bundle)

Roles: ${ROLES.join(', ')}
Districts: ${DISTRICTS.join(', ')}
Run a command with --help for its options.`;

const USERS_ADD_HELP = `Usage: npm run cli -- users add --name N --role R [--district D] [--agency A]
  --name N       who the user is (required)
  --role R       one of ${ROLES.join(', ')} (required)
  --district D   limit the user to one district: ${DISTRICTS.join(', ')} (default: nationwide)
  --agency A     the agency the user works for
Prints the new user's token on standard output; only its hash is stored.`;

async function usersAdd(args: string[]): Promise<number> {
  let options: ParsedOptions;
  try {
    options = parseOptions(args, { values: ['name', 'role', 'district', 'agency'] });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return print(`${error.message}\n\n${USERS_ADD_HELP}`, 2);
  }
  if (options.help) return print(USERS_ADD_HELP, 0);
  const [name, role, district, agency] = ['name', 'role', 'district', 'agency'].map((option) => single(options, option));
  if (!name || !role) return print(`--name and --role are required\n\n${USERS_ADD_HELP}`, 2);
  if (!(ROLES as readonly string[]).includes(role)) return print(`--role must be one of ${ROLES.join(', ')}`, 2);
  const nameProblem = textProblem(name, 'short');
  if (nameProblem) return print(`--name ${nameProblem}`, 2);
  const agencyProblem = agency === undefined ? null : textProblem(agency, 'short');
  if (agencyProblem) return print(`--agency ${agencyProblem}`, 2);
  if (district && !(DISTRICTS as readonly string[]).includes(district)) {
    return print(`--district must be one of ${DISTRICTS.join(', ')}`, 2);
  }
  if (district && NATIONWIDE_ROLES.includes(role as Role)) return print(`--district must be absent: a ${role} is nationwide`, 2);
  const database = await openConfigured();
  const store = openEventStore(loadConfiguration(), database);
  try {
    const { user, token } = await new UsersRepository(database, store).create(
      { name, role: role as Role, district: (district as District | undefined) ?? null, agency: agency ?? null },
      null,
    );
    process.stderr.write(`created ${user.role} ${user.userId}${user.district ? ` in ${user.district}` : ''}\n`);
    process.stdout.write(token + '\n');
    return 0;
  } finally {
    await store.close();
    await database.close();
  }
}

async function openConfigured(): Promise<Database> {
  const config = loadConfiguration();
  return openDatabase({
    url: config.databaseUrl ?? undefined,
    dataDir: config.dataDir,
    poolSize: 2,
    migrations: MIGRATIONS,
  });
}

async function projectionsRebuild(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return print(PROJECTIONS_REBUILD_HELP, 0);
  if (args.length > 1 || args[0]?.startsWith('-')) return print(PROJECTIONS_REBUILD_HELP, 2);
  const database = await openConfigured();
  const store = openEventStore(loadConfiguration(), database);
  try {
    return await rebuildProjections(database, store, args[0]);
  } finally {
    await store.close();
    await database.close();
  }
}

function print(text: string, code: number): number {
  (code === 0 ? process.stdout : process.stderr).write(text + '\n');
  return code;
}

async function main(argv: string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  if (!group || group === '--help' || group === 'help') return print(HELP, group ? 0 : 2);
  if (group === 'users' && command === 'add') return usersAdd(rest);
  if (group === 'projections' && command === 'rebuild') return projectionsRebuild(rest);
  if (group === 'keys' && command === 'rotate') return keysRotate(rest);
  if (group === 'ledger' && command === 'audit') return ledgerAudit(rest);
  if (group === 'ledger' && command === 'verify-inclusion') return ledgerVerifyInclusion(rest);
  if (group === 'ledger' && command === 'verify-consistency') return ledgerVerifyConsistency(rest);
  if (group === 'witness' && command === 'keygen') return witnessKeygen(rest);
  if (group === 'witness' && command === 'serve') return witnessServe(rest);
  if (group === 'ledger' && command === 'verify-export') return ledgerVerifyExport(rest);
  if (group === 'claims' && command === 'verify') return claimsVerify(rest);
  return print(`unknown command: ${[group, command].filter(Boolean).join(' ')}\n\n${HELP}`, 2);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigurationError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`casetrail: ${message}\n`);
    process.exit(1);
  },
);
