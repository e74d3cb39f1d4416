import { NoteVerificationError } from '../errors';
import { openNote, signNote, type OpenedNote } from '../note/signed-note';
import { formatCheckpoint, parseCheckpoint, type Checkpoint } from './checkpoint';

export interface OpenedCheckpoint extends OpenedNote {
  readonly checkpoint: Checkpoint;
}

export function signCheckpoint(checkpoint: Checkpoint, signerKeys: string | readonly string[]): string {
  return signNote(formatCheckpoint(checkpoint), signerKeys);
}

/**
 * Opens a signed checkpoint from the log `origin`, trusting only `verifierKeys` for it.
 * A checkpoint for another origin is refused even if a trusted key signed it.
 */
export function openCheckpoint(
  note: string | Uint8Array,
  expected: { readonly origin: string; readonly verifierKeys: readonly string[] },
): OpenedCheckpoint {
  const opened = openNote(note, expected.verifierKeys);
  const checkpoint = parseCheckpoint(opened.text);
  if (checkpoint.origin !== expected.origin) {
    throw new NoteVerificationError(`checkpoint is for origin ${JSON.stringify(checkpoint.origin)}, expected ${JSON.stringify(expected.origin)}`);
  }
  return { ...opened, checkpoint };
}
