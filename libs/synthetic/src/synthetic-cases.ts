import {
  CaseRuleViolation, decide, evolve, initialState,
  type CaseCommand, type CaseCommandType, type CaseEventType, type CaseRuleCode, type CaseState, type ExistingCase, type StoredCaseEvent,
} from '@casetrail/domain';
import { caseStory } from './case-story';
import { correctionOf, erasuresOf, type CorrectionOptions } from './corrections-story';
import type { SeededRandom } from './random';
import { recordingOrder } from './recording-order';
import type { StoryStep } from './story-writer';

/** What a load attempted and what the domain made of it: nothing is dropped without being counted. */
export interface SyntheticTally {
  /** Commands decided (story steps, corrections, erasures). */
  attempted: number;
  /** Commands the domain accepted (their events recorded). */
  recorded: number;
  /** Commands the domain refused, by the rule that refused them, and by command. */
  refused: Partial<Record<CaseRuleCode, number>>;
  refusedCommands: Partial<Record<CaseCommandType, number>>;
  /** Events recorded, by type. */
  eventsByType: Partial<Record<CaseEventType, number>>;
}

export function emptyTally(): SyntheticTally {
  return { attempted: 0, recorded: 0, refused: {}, refusedCommands: {}, eventsByType: {} };
}

/** One accepted command: its events, ids given, and who issued it. */
export interface SyntheticCommand {
  readonly role: StoryStep['role'];
  readonly correlationId: string;
  readonly events: readonly StoredCaseEvent[];
}

export interface SyntheticCaseOptions extends CorrectionOptions {
  readonly from: number;
  readonly until: number;
  /** The commands' server time (ISO). */
  readonly now: string;
  /** Referrals fall in this many days after `from` (default five years). */
  readonly spanDays?: number;
}

/** A new id from the seeded generator (a version-4 UUID). */
export function uuidFrom(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[random.int(0, 3)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * One synthetic case, every command decided by the domain against the case as it stands; refusals
 * are counted in `tally` by rule. Returns the accepted commands in recording order.
 */
export function synthesizeCase(random: SeededRandom, caseId: string, options: SyntheticCaseOptions, tally: SyntheticTally): SyntheticCommand[] {
  const commands: SyntheticCommand[] = [];
  let state: CaseState = initialState();
  const record = (step: StoryStep, now = options.now): void => {
    tally.attempted++;
    let decided;
    try {
      decided = decide({ ...step.intent, metadata: { now } } as CaseCommand, state);
    } catch (error) {
      if (!(error instanceof CaseRuleViolation)) throw error;
      tally.refused[error.code] = (tally.refused[error.code] ?? 0) + 1;
      tally.refusedCommands[step.intent.type] = (tally.refusedCommands[step.intent.type] ?? 0) + 1;
      return;
    }
    const events = decided.map((event) => ({ eventId: uuidFrom(random), event }));
    for (const stored of events) {
      state = evolve(state, stored);
      tally.eventsByType[stored.event.type] = (tally.eventsByType[stored.event.type] ?? 0) + 1;
    }
    tally.recorded++;
    commands.push({ role: step.role, correlationId: uuidFrom(random), events });
  };
  for (const step of recordingOrder(caseStory(random, caseId, options.from, options.until, options.spanDays))) record(step);
  if (state.status !== 'existing') return commands;
  for (const step of erasuresOf(random, state)) record(step);
  const correction = correctionOf(random, state, options);
  if (correction !== null) record(correction, correctionMoment(random, state, options));
  return commands;
}

/**
 * When a correction is made: the server's time, or with `correctedWithinDays` a day soon after the case's
 * last event (a clerk noticing the mistake), so a figure published in between is restated.
 */
function correctionMoment(random: SeededRandom, state: ExistingCase, options: SyntheticCaseOptions): string {
  if (options.correctedWithinDays === undefined) return options.now;
  const last = Math.max(...state.history.map((e) => Date.parse(e.event.data.occurredAt)));
  const moment = last + random.int(7, options.correctedWithinDays) * 86_400_000;
  return moment < Date.parse(options.now) ? new Date(moment).toISOString() : options.now;
}

/** The cases of one seeded load, in order, each with its accepted commands. */
export function* syntheticCases(
  random: SeededRandom,
  count: number,
  options: SyntheticCaseOptions,
  tally: SyntheticTally,
): Generator<{ caseId: string; commands: SyntheticCommand[] }> {
  for (let n = 0; n < count; n++) {
    const caseId = uuidFrom(random);
    yield { caseId, commands: synthesizeCase(random, caseId, options, tally) };
  }
}
