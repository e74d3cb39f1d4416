import { MalformedError, NoteVerificationError, openCheckpoint, type Checkpoint } from '@casetrail/ledger';
import { checkpointNote, NotVerified } from './proof-files';
import { readInput, UsageError } from './ledger-options';

/** Runs a ledger command: usage errors exit 2 with the help text, failed verifications exit 1. */
export async function runLedgerCommand(help: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) return say(process.stderr, `${error.message}\n\n${help}`, 2);
    if (error instanceof NotVerified) return say(process.stderr, `NOT VERIFIED: ${error.message}`, 1);
    throw error;
  }
}

export function say(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text + '\n');
  return code;
}

/** The checkpoint in `file`, opened with the trusted keys only. */
export function trustedCheckpoint(file: string, trusted: { origin: string; verifierKeys: readonly string[] }): Checkpoint {
  const note = checkpointNote(readInput(file, 'the checkpoint'), file);
  try {
    return openCheckpoint(note, trusted).checkpoint;
  } catch (error) {
    if (error instanceof NoteVerificationError || error instanceof MalformedError) {
      throw new NotVerified(`the checkpoint in ${file} does not verify with the given key: ${error.message}`);
    }
    throw error;
  }
}
