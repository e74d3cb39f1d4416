import {
  CASE_EVENT_SCHEMA_VERSION, CaseRuleViolation, decide, DISTRICTS, DPP_DECISIONS, evolve, FORMS, initialState,
  type CaseCommand, type CaseState, type StoredCaseEvent,
} from '@casetrail/domain';
import type { EventStore, NewEvent } from '@casetrail/event-store';
import { caseStory, type StoryStep } from './case-story';
import { SeededRandom } from './random';

export interface SyntheticCasesOptions {
  readonly cases: number;
  readonly seed: number;
  /** Referrals fall in the five years after this moment. */
  readonly from: string;
  /** Nothing occurs after this (and it is the commands' server time). */
  readonly until: Date;
  /** Append each command's events as it is decided (concurrent-writer workloads), or each case at once. */
  readonly appendEachCommand?: boolean;
  /** Share of cases that get one correction of an earlier event. */
  readonly correctionRate?: number;
  /**
   * Corrections change any field a read model keeps (a referral's district or form, a DPP decision, a
   * summons's court and dates), not only when an event occurred. Off by default: the data sets of
   * existing seeds stay as they were.
   */
  readonly correctAnyField?: boolean;
  readonly onCase?: (done: number, events: number) => void;
}

function uuidFrom(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[random.int(0, 3)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * Writes synthetic cases through the domain: every command is decided against the case as it stands,
 * and only what the domain accepts is stored, so the data set obeys every rule.
 */
export async function loadSyntheticCases(store: EventStore, options: SyntheticCasesOptions): Promise<{ cases: string[]; events: number }> {
  const random = new SeededRandom(options.seed);
  const now = options.until.toISOString();
  const cases: string[] = [];
  let total = 0;
  for (let n = 0; n < options.cases; n++) {
    const caseId = uuidFrom(random);
    const steps = caseStory(random, caseId, Date.parse(options.from), options.until.getTime());
    const pending: NewEvent[] = [];
    let state: CaseState = initialState();
    let version = 0;
    const record = async (step: StoryStep): Promise<void> => {
      let decided;
      try {
        decided = decide({ ...step.intent, metadata: { now } } as CaseCommand, state);
      } catch (error) {
        if (error instanceof CaseRuleViolation) return;
        throw error;
      }
      const events = decided.map((event): NewEvent => ({
        eventId: uuidFrom(random),
        type: event.type,
        schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type],
        occurredAt: event.data.occurredAt,
        data: event.data as unknown as Record<string, unknown>,
        actor: { userId: `synthetic-${step.role}`, role: step.role },
        correlationId: uuidFrom(random),
        causationId: null,
      }));
      for (const [i, event] of decided.entries()) {
        state = evolve(state, { eventId: events[i]!.eventId, event } as StoredCaseEvent);
      }
      if (options.appendEachCommand) await store.appendToStream({ kind: 'case', id: caseId }, version === 0 ? 'no_stream' : version, events);
      else pending.push(...events);
      version += events.length;
    };
    for (const step of steps) await record(step);
    if (state.status === 'existing' && random.chance(options.correctionRate ?? 0.05)) {
      const candidates = state.history.filter(
        (e) => (options.correctAnyField || e.event.type !== 'CaseReferred') && e.event.type !== 'EventCorrected',
      );
      if (candidates.length > 0) {
        const target = random.pick(candidates);
        const moved = new Date(Date.parse(target.event.data.occurredAt) + 3_600_000).toISOString();
        const changes = options.correctAnyField ? fieldChanges(random, target.event, moved) : { occurredAt: moved };
        await record({
          role: 'investigator',
          intent: { type: 'CorrectEvent', data: { eventId: target.eventId, reason: options.correctAnyField ? 'entered wrongly' : 'time entered wrongly', changes } },
        });
      }
    }
    if (!options.appendEachCommand && pending.length > 0) await store.appendToStream({ kind: 'case', id: caseId }, 'no_stream', pending);
    cases.push(caseId);
    total += version;
    options.onCase?.(n + 1, total);
  }
  return { cases, events: total };
}

/** A correction of a field the read models keep, chosen for the event's type. */
function fieldChanges(random: SeededRandom, event: StoredCaseEvent['event'], moved: string): Record<string, unknown> {
  const other = <T>(values: readonly T[], current: unknown): T => random.pick(values.filter((v) => v !== current));
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'CaseReferred':
      return random.chance(0.5) ? { district: other(DISTRICTS, data.district) } : { form: other(FORMS, data.form) };
    case 'DppDecisionRecorded':
      return { decision: other(DPP_DECISIONS, data.decision) };
    case 'SummonsIssued': {
      const returnDate = new Date(Date.parse(`${String(data.returnDate)}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      return random.pick([{ court: `${String(data.court)} (corrected)` }, { returnDate }, { occurredAt: moved, returnDate }]);
    }
    default:
      return { occurredAt: moved };
  }
}
