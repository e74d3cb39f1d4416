/** Specification-style tests for the case decider: given(history).when(command).then(events). */
import type { CaseCommand } from '../case/commands';
import { decide } from '../case/decide';
import type { CaseEvent, StoredCaseEvent } from '../case/events';
import { foldCase } from '../case/evolve';
import { CaseRuleViolation, type CaseRuleCode } from '../case/refusals';
import type { CaseState } from '../case/state';

/** A past event, with its store id or without one (then `e1`, `e2`, ... by position). */
export type GivenEvent = CaseEvent | StoredCaseEvent;

/** The history as stored, ids filled in. */
export function stored(events: readonly GivenEvent[]): StoredCaseEvent[] {
  return events.map((e, i) => ('eventId' in e ? e : { eventId: `e${i + 1}`, event: e }));
}

type Outcome = { decided: CaseEvent[] } | { refused: CaseRuleCode; message: string };

function attempt(command: CaseCommand, state: CaseState): Outcome {
  try {
    return { decided: decide(command, state) };
  } catch (error) {
    if (error instanceof CaseRuleViolation) return { refused: error.code, message: error.message };
    throw error;
  }
}

export function given(events: readonly GivenEvent[] = []) {
  const history = stored(events);
  return {
    when(command: CaseCommand) {
      return {
        /** The command records exactly these events; returns the case folded after them. */
        then(expected: readonly CaseEvent[]): CaseState {
          const outcome = attempt(command, foldCase(history));
          expect(outcome).toEqual({ decided: expected });
          const appended = expected.map((event, i) => ({ eventId: `new${i + 1}`, event }));
          return foldCase([...history, ...appended]);
        },
        /** The command is refused under this rule; returns the refusal's message. */
        thenRefused(code: CaseRuleCode): string {
          const outcome = attempt(command, foldCase(history));
          expect(outcome).toEqual({ refused: code, message: expect.any(String) });
          return 'message' in outcome ? outcome.message : '';
        },
      };
    },
  };
}
