import { openDatabase } from '@casetrail/database';
import { auditLedger, type AuditProgress, type AuditReport } from '@casetrail/ledger';
import { loadConfiguration } from '@casetrail/config';
import { openEventStore } from '@casetrail/config';
import { runLedgerCommand, say } from './ledger-command';
import { parseLedgerOptions, readInput, trustedKeys } from './ledger-options';
import { checkpointNote } from './proof-files';

export const LEDGER_AUDIT_HELP = `Usage: npm run cli -- ledger audit --public-key K [--checkpoint F]...
Recomputes every leaf of the ledger from the events as stored, ignoring every hash the ledger stored,
rebuilds the tree and checks it against every signed checkpoint (signature and root), and checks that
each case's versions run 1, 2, 3, ... without a gap. Reads the database the service is configured with
(DATABASE_URL, or the embedded one in CASETRAIL_DATA_DIR: stop the service first); writes nothing.
  --public-key K       the ledger's verifier key <origin>+<key id>+<base64>, or the base64 publicKey
                       GET /v1/ledger/checkpoint returns (then with --origin); repeat it for keys used before a rotation
  --public-key-file F  a file holding such a key; repeatable
  --origin O           the log's origin, the checkpoint's keyName (default: the verifier key's name)
  --checkpoint F       a signed checkpoint you kept (note, or the checkpoint route's JSON): it must hold
                       too, even if the database no longer has it; repeatable
Progress goes to standard error. Exit 0 when the whole log verifies, 1 naming the first bad event, 2 on a usage error.`;

function progressLine(p: AuditProgress): string {
  const percent = p.total > 0 ? ((100 * p.events) / p.total).toFixed(1) : '100.0';
  return `audited ${p.events}/${p.total} events (${percent}%), ${p.checkpointsVerified} signed tree sizes matched`;
}

function outcome(report: AuditReport): number {
  if (report.failure) {
    const { eventId, reason } = report.failure;
    const first = eventId ? `first bad event: ${eventId}\n` : '';
    return say(process.stderr, `ledger audit FAILED\n${first}${reason}`, 1);
  }
  if (report.checkpoints === 0) {
    process.stderr.write('warning: there is no signed checkpoint yet, so only the streams\' versions could be checked\n');
  } else if (report.largestCheckpoint !== null && report.largestCheckpoint < report.events) {
    process.stderr.write(
      `note: the last ${report.events - report.largestCheckpoint} events are not under a signed checkpoint yet; ` +
        'they were compared with what the sealer recorded for them\n',
    );
  }
  return say(
    process.stdout,
    `the ledger verifies: ${report.events} events, ${report.checkpoints} signed checkpoints matched at ${report.treeSizesVerified} tree sizes` +
      `${report.largestCheckpoint !== null ? ` (the largest ${report.largestCheckpoint})` : ''}; every stream's versions run from 1 without a gap`,
    0,
  );
}

/** `ledger audit`: 0 when the whole log verifies, 1 naming the first bad event, 2 usage. */
export function ledgerAudit(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runLedgerCommand(LEDGER_AUDIT_HELP, async () => {
    const options = parseLedgerOptions(args, ['public-key', 'public-key-file', 'origin', 'checkpoint'], ['public-key', 'public-key-file', 'checkpoint']);
    if (options.help) return say(process.stdout, LEDGER_AUDIT_HELP, 0);
    const trusted = trustedKeys(options);
    const kept = (options.values.get('checkpoint') ?? []).map((file) => checkpointNote(readInput(file, 'the checkpoint'), file));
    const config = loadConfiguration(env);
    const database = await openDatabase({ url: config.databaseUrl ?? undefined, dataDir: config.dataDir, poolSize: 1 });
    try {
      let last = 0;
      const report = await auditLedger(database.pool, openEventStore(config, database), {
        ...trusted,
        knownCheckpoints: kept,
        onProgress: (p) => {
          if (Date.now() - last < 500 && p.events < p.total) return;
          last = Date.now();
          process.stderr.write(progressLine(p) + '\n');
        },
      });
      return outcome(report);
    } finally {
      await database.close();
    }
  });
}
