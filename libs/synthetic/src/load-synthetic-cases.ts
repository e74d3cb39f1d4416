import { encodeCaseEvent } from '@casetrail/domain';
import type { EventStore, NewEvent } from '@casetrail/event-store';
import type { CorrectionOptions } from './corrections-story';
import { SeededRandom } from './random';
import { emptyTally, syntheticCases, type SyntheticCommand, type SyntheticTally } from './synthetic-cases';

export interface SyntheticCasesOptions extends CorrectionOptions {
  readonly cases: number;
  readonly seed: number;
  /** Referrals fall in the five years after this moment. */
  readonly from: string;
  /** Nothing occurs after this (and it is the commands' server time). */
  readonly until: Date;
  /** Append each command's events as it is decided (concurrent-writer workloads), or each case at once. */
  readonly appendEachCommand?: boolean;
  readonly onCase?: (done: number, events: number) => void;
}

/** A synthetic command's events as the store takes them. */
export function newEvents(command: SyntheticCommand): NewEvent[] {
  return command.events.map(({ eventId, event }) => ({
    eventId,
    ...encodeCaseEvent(event),
    actor: { userId: `synthetic-${command.role}`, role: command.role },
    correlationId: command.correlationId,
    causationId: null,
  }));
}

/**
 * Writes synthetic cases through the domain: every command is decided against the case as it stands,
 * and only what the domain accepts is stored, so the data set obeys every rule. `tally` counts what
 * was attempted and what each rule refused.
 */
export async function loadSyntheticCases(
  store: EventStore,
  options: SyntheticCasesOptions,
): Promise<{ cases: string[]; events: number; tally: SyntheticTally }> {
  const random = new SeededRandom(options.seed);
  const caseOptions = { ...options, from: Date.parse(options.from), until: options.until.getTime(), now: options.until.toISOString() };
  const tally = emptyTally();
  const cases: string[] = [];
  let total = 0;
  for (const { caseId, commands } of syntheticCases(random, options.cases, caseOptions, tally)) {
    let version = 0;
    if (options.appendEachCommand) {
      for (const command of commands) {
        await store.appendToStream({ kind: 'case', id: caseId }, version === 0 ? 'no_stream' : version, newEvents(command));
        version += command.events.length;
      }
    } else if (commands.length > 0) {
      const events = commands.flatMap(newEvents);
      await store.appendToStream({ kind: 'case', id: caseId }, 'no_stream', events);
      version = events.length;
    }
    cases.push(caseId);
    total += version;
    options.onCase?.(cases.length, total);
  }
  return { cases, events: total, tally };
}
