import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** What a witness remembers of a log: the latest checkpoint it cosigned. */
export interface WitnessedLog {
  readonly treeSize: number;
  /** base64 */
  readonly rootHash: string;
  /** The checkpoint text it cosigned. */
  readonly checkpoint: string;
}

export const WITNESS_STATE_FILE = 'witness-state.json';

/** A witness's record per log origin, kept in one JSON file replaced atomically (written, synced, renamed). */
export class WitnessState {
  private readonly logs: Map<string, WitnessedLog>;
  private readonly file: string;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, WITNESS_STATE_FILE);
    this.logs = new Map(Object.entries(readState(this.file)));
  }

  latest(origin: string): WitnessedLog | null {
    return this.logs.get(origin) ?? null;
  }

  /** Records the checkpoint, on disk before it returns. */
  record(origin: string, log: WitnessedLog): void {
    const next = new Map(this.logs).set(origin, log);
    const temporary = join(this.dir, `${WITNESS_STATE_FILE}.${process.pid}.tmp`);
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(Object.fromEntries(next), null, 2) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
    this.logs.set(origin, log);
  }
}

function readState(file: string): Record<string, WitnessedLog> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return JSON.parse(text) as Record<string, WitnessedLog>;
}
