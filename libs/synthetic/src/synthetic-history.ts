import { SeededRandom } from './random';
import { syntheticCases, type SyntheticCaseOptions, type SyntheticCommand, type SyntheticTally } from './synthetic-cases';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** An accepted command with the moment it reached the record and the case's version before it. */
export interface RecordedCommand {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly command: SyntheticCommand;
  /** ms since the epoch. */
  readonly recordedAt: number;
}

export interface SyntheticHistoryOptions extends SyntheticCaseOptions {
  readonly cases: number;
  readonly seed: number;
  /** Share of commands entered weeks or months after what they record (clerks catching up). */
  readonly lateShare: number;
}

/**
 * The synthetic cases as they reached the record over time, every case's commands interleaved in the
 * order they were recorded. A command is recorded hours or days after what it records, a share of them
 * weeks or months late; never before the case's earlier commands (a stream is written in order), and
 * never after `until`, so the record as known at an earlier day differs from the record today.
 */
export function syntheticHistory(options: SyntheticHistoryOptions, tally: SyntheticTally): RecordedCommand[] {
  const stories = new SeededRandom(options.seed);
  // A generator of its own for the delays: the cases are those of the same seed in loadSyntheticCases.
  const delays = new SeededRandom(options.seed + 1);
  const history: RecordedCommand[] = [];
  for (const { caseId, commands } of syntheticCases(stories, options.cases, options, tally)) {
    let version = 0;
    let previous = -Infinity;
    for (const command of commands) {
      const occurred = Math.max(...command.events.map((e) => Date.parse(e.event.data.occurredAt)));
      const delay = delays.chance(options.lateShare) ? delays.int(30, 240) * DAY_MS : delays.int(1, 72) * HOUR_MS;
      const recordedAt = Math.min(options.until, Math.max(previous + 60_000, occurred + delay));
      history.push({ caseId, expectedVersion: version, command, recordedAt });
      version += command.events.length;
      previous = recordedAt;
    }
  }
  return history.sort((a, b) => a.recordedAt - b.recordedAt);
}
