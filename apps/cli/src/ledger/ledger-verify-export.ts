import { accessSync, constants } from 'node:fs';
import { bytesEqual, toBase64, type Checkpoint } from '@casetrail/ledger';
import { recomputeExport } from './export-file';
import { runLedgerCommand, say, trustedCheckpoint } from './ledger-command';
import { parseLedgerOptions, trustedKeys, UsageError } from './ledger-options';
import { NotVerified } from './proof-files';

export const LEDGER_VERIFY_EXPORT_HELP = `Usage: npm run cli -- ledger verify-export <file> --public-key K [--checkpoint F]...
Checks, offline, a copy of the sealed log saved from GET /v1/events (from=0): every line, then the RFC 9162
tree recomputed from the entries against each signed checkpoint given (saved from GET /v1/ledger/checkpoint).
A line that is not what the route writes is named; a root that differs names the leaves it covers (give
several checkpoints to narrow them); a file shorter than a checkpoint is called truncated. Needs no database.
  <file>               the NDJSON export, one {leafIndex, eventId, entry} per line from leaf 0
  --checkpoint F       a signed checkpoint (note, or the checkpoint route's JSON); repeatable
  --public-key K       the ledger's verifier key <origin>+<key id>+<base64>, or the base64 publicKey
                       GET /v1/ledger/checkpoint returns (then with --origin); repeatable
  --public-key-file F  a file holding such a key; repeatable
  --origin O           the log's origin, the checkpoint's keyName (default: the verifier key's name)
Without --checkpoint it checks the lines and prints the recomputed root to compare by other means.
Exit 0 when it verifies, 1 when it does not, 2 on a usage error.`;

const leavesNamed = (from: number, to: number) => `leaves ${from} to ${to - 1} (lines ${from + 1} to ${to})`;

/** `ledger verify-export`: 0 verified, 1 not verified, 2 usage. */
export function ledgerVerifyExport(args: string[]): Promise<number> {
  return runLedgerCommand(LEDGER_VERIFY_EXPORT_HELP, async () => {
    const positional = args[0] !== undefined && !args[0].startsWith('-');
    const file = positional ? args[0] : undefined;
    const rest = positional ? args.slice(1) : args;
    const options = parseLedgerOptions(rest, ['checkpoint', 'public-key', 'public-key-file', 'origin'], ['checkpoint', 'public-key', 'public-key-file']);
    if (options.help) return say(process.stdout, LEDGER_VERIFY_EXPORT_HELP, 0);
    if (file === undefined) throw new UsageError('give the export file: ledger verify-export <file>');
    try {
      accessSync(file, constants.R_OK);
    } catch (error) {
      throw new UsageError(`cannot read the export ${file}: ${(error as Error).message}`);
    }
    const files = options.values.get('checkpoint') ?? [];
    const trusted = files.length > 0 || options.values.has('public-key') ? trustedKeys(options) : null;
    const checkpoints: Checkpoint[] = files.map((f) => trustedCheckpoint(f, trusted!)).sort((a, b) => a.treeSize - b.treeSize);
    const recomputed = await recomputeExport(file, new Set(checkpoints.map((c) => c.treeSize)), (n) => process.stderr.write(`${n} leaves read\n`));

    let verifiedUpTo = 0;
    for (const checkpoint of checkpoints) {
      if (recomputed.leaves < checkpoint.treeSize) {
        throw new NotVerified(`the file is truncated: it holds ${recomputed.leaves} leaves, the checkpoint signs ${checkpoint.treeSize}`);
      }
      if (!bytesEqual(recomputed.roots.get(checkpoint.treeSize)!, checkpoint.rootHash)) {
        throw new NotVerified(
          `${leavesNamed(verifiedUpTo, checkpoint.treeSize)} do not hash to the root signed for ${checkpoint.treeSize} leaves: ` +
            `one of those lines was altered${verifiedUpTo > 0 ? ` (the ${verifiedUpTo} before them verify)` : ''}`,
        );
      }
      verifiedUpTo = checkpoint.treeSize;
    }
    const unsigned = recomputed.leaves - verifiedUpTo;
    if (checkpoints.length === 0) {
      return say(process.stdout, `lines well formed: ${recomputed.leaves} leaves, root ${toBase64(recomputed.root)} (not checked against a signed checkpoint: give --checkpoint F)`, 0);
    }
    return say(
      process.stdout,
      `verified: leaves 0 to ${verifiedUpTo - 1} of the export are the ledger tree of ${verifiedUpTo} leaves signed by ${checkpoints[0]!.origin}` +
        (unsigned > 0 ? `; the ${unsigned} leaves after them are in no checkpoint given` : ''),
      0,
    );
  });
}
