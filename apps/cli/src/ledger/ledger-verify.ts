import { bytesEqual, leafHash, toBase64, verifyConsistency, verifyInclusion } from '@casetrail/ledger';
import { runLedgerCommand, say, trustedCheckpoint } from './ledger-command';
import { parseLedgerOptions, readInput, required, single, trustedKeys } from './ledger-options';
import { checkEntryParts } from './inclusion-entry';
import { NotVerified, parseConsistencyProof, parseInclusionProof } from './proof-files';

const KEY_OPTIONS = `  --public-key K       the ledger's verifier key <origin>+<key id>+<base64>, or the base64 publicKey
                       GET /v1/ledger/checkpoint returns (then with --origin); repeatable
  --public-key-file F  a file holding such a key; repeatable
  --origin O           the log's origin, the checkpoint's keyName (default: the verifier key's name)`;

export const LEDGER_VERIFY_INCLUSION_HELP = `Usage: npm run cli -- ledger verify-inclusion --checkpoint F --proof F --public-key K [--event-id ID]
Checks, offline, that an event is in the ledger: the checkpoint's signature, then the inclusion proof
(saved from GET /v1/ledger/proofs/inclusion) against the checkpoint's root, and the entry's parts: its
public part, and when the proof carries them (roles that read the timeline), that the private part and
salt open the entry's commitment. Needs no database.
  --checkpoint F       the signed checkpoint note, or the JSON GET /v1/ledger/checkpoint returned
  --proof F            the inclusion proof JSON
  --event-id ID        also check that the proven entry is this event
${KEY_OPTIONS}
Exit 0 when it verifies, 1 when it does not, 2 on a usage error.`;

export const LEDGER_VERIFY_CONSISTENCY_HELP = `Usage: npm run cli -- ledger verify-consistency --old F --new F --proof F --public-key K
Checks, offline, that the ledger only grew between two signed checkpoints: both signatures, then the
consistency proof (saved from GET /v1/ledger/proofs/consistency?from=<old size>&to=<new size>). Needs no database.
  --old F              the older signed checkpoint (note, or the checkpoint route's JSON)
  --new F              the newer signed checkpoint
  --proof F            the consistency proof JSON
${KEY_OPTIONS}
Exit 0 when it verifies, 1 when it does not, 2 on a usage error.`;

const KEY_NAMES = ['public-key', 'public-key-file', 'origin'];
const REPEATABLE = ['public-key', 'public-key-file'];

/** `ledger verify-inclusion`: 0 verified, 1 not verified, 2 usage. */
export function ledgerVerifyInclusion(args: string[]): Promise<number> {
  return runLedgerCommand(LEDGER_VERIFY_INCLUSION_HELP, async () => {
    const options = parseLedgerOptions(args, ['checkpoint', 'proof', 'event-id', ...KEY_NAMES], REPEATABLE);
    if (options.help) return say(process.stdout, LEDGER_VERIFY_INCLUSION_HELP, 0);
    const trusted = trustedKeys(options);
    const checkpointFile = required(options, 'checkpoint');
    const proofFile = required(options, 'proof');
    const checkpoint = trustedCheckpoint(checkpointFile, trusted);
    const proof = parseInclusionProof(readInput(proofFile, 'the proof'), proofFile);
    if (proof.treeSize !== checkpoint.treeSize) {
      throw new NotVerified(`the proof is for a tree of ${proof.treeSize} leaves, the checkpoint signs ${checkpoint.treeSize}`);
    }
    const leaf = leafHash(proof.entry);
    if (!bytesEqual(leaf, proof.leafHash)) throw new NotVerified(`the entry hashes to ${toBase64(leaf)}, not to the leafHash given`);
    if (!verifyInclusion(leaf, proof.leafIndex, proof.treeSize, proof.auditPath, checkpoint.rootHash)) {
      throw new NotVerified(`the audit path does not lead from leaf ${proof.leafIndex} to the checkpoint's root`);
    }
    const proven = checkEntryParts(proof);
    const wanted = single(options, 'event-id');
    if (wanted !== undefined && proven.eventId !== wanted.toLowerCase()) {
      throw new NotVerified(
        proven.eventId === null
          ? `the entry does not say which event it is (${proven.description}), so it cannot be shown to be event ${wanted}`
          : `the proof is for event ${proven.eventId}, not for event ${wanted}`,
      );
    }
    return say(
      process.stdout,
      `verified: ${proven.description} is leaf ${proof.leafIndex} of the ledger tree of ${checkpoint.treeSize} leaves signed by ${checkpoint.origin}`,
      0,
    );
  });
}

/** `ledger verify-consistency`: 0 verified, 1 not verified, 2 usage. */
export function ledgerVerifyConsistency(args: string[]): Promise<number> {
  return runLedgerCommand(LEDGER_VERIFY_CONSISTENCY_HELP, async () => {
    const options = parseLedgerOptions(args, ['old', 'new', 'proof', ...KEY_NAMES], REPEATABLE);
    if (options.help) return say(process.stdout, LEDGER_VERIFY_CONSISTENCY_HELP, 0);
    const trusted = trustedKeys(options);
    const oldFile = required(options, 'old');
    const newFile = required(options, 'new');
    const proofFile = required(options, 'proof');
    const older = trustedCheckpoint(oldFile, trusted);
    const newer = trustedCheckpoint(newFile, trusted);
    const proof = parseConsistencyProof(readInput(proofFile, 'the proof'), proofFile);
    if (proof.from !== older.treeSize || proof.to !== newer.treeSize) {
      throw new NotVerified(
        `the proof is from ${proof.from} to ${proof.to} leaves, the checkpoints sign ${older.treeSize} and ${newer.treeSize}`,
      );
    }
    if (!verifyConsistency(older.treeSize, newer.treeSize, older.rootHash, newer.rootHash, proof.proof)) {
      throw new NotVerified(`the tree of ${newer.treeSize} leaves does not extend the tree of ${older.treeSize} leaves: the ledger was rewritten`);
    }
    return say(
      process.stdout,
      `verified: the ledger tree of ${newer.treeSize} leaves extends the tree of ${older.treeSize} leaves (${older.origin})`,
      0,
    );
  });
}
