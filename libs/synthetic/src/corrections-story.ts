import { DISTRICTS, DPP_DECISIONS, FORMS, isCorrectable, type ExistingCase, type StoredCaseEvent } from '@casetrail/domain';
import type { SeededRandom } from './random';
import type { StoryStep } from './story-writer';

export interface CorrectionOptions {
  /** Share of cases that get one correction of an earlier event. */
  readonly correctionRate?: number;
  /**
   * Corrections change any field a read model keeps (a referral's district or form, a DPP decision, a
   * summons's court and dates), not only when an event occurred.
   */
  readonly correctAnyField?: boolean;
  /** A correction is made within this many days (at least 7) of the case's last event; absent: at the server's time. */
  readonly correctedWithinDays?: number;
}

/** Some of the people with an erasure handle ask for their data to be erased. */
export function erasuresOf(random: SeededRandom, state: ExistingCase): StoryStep[] {
  return Object.values(state.victims)
    .filter((victim) => victim.subjectRef !== null && random.chance(0.4))
    .map((victim) => ({ role: 'victim_services', intent: { type: 'ErasePersonalData', data: { subjectRef: victim.subjectRef!, reason: 'the victim asked' } } }));
}

/** One correction of an earlier event, for a share of cases (the domain may refuse it: it is then counted). */
export function correctionOf(random: SeededRandom, state: ExistingCase, options: CorrectionOptions): StoryStep | null {
  if (!random.chance(options.correctionRate ?? 0.05)) return null;
  const candidates = state.history.filter(
    (e) => (options.correctAnyField || e.event.type !== 'CaseReferred') && isCorrectable(e.event),
  );
  if (candidates.length === 0) return null;
  const target = random.pick(candidates);
  const moved = new Date(Date.parse(target.event.data.occurredAt) + 3_600_000).toISOString();
  const changes = options.correctAnyField ? fieldChanges(random, target.event, moved) : { occurredAt: moved };
  const reason = options.correctAnyField ? 'entered wrongly' : 'time entered wrongly';
  return { role: 'investigator', intent: { type: 'CorrectEvent', data: { eventId: target.eventId, reason, changes } } };
}

/** A correction of a field the read models keep, chosen for the event's type. */
function fieldChanges(random: SeededRandom, event: StoredCaseEvent['event'], moved: string): Record<string, unknown> {
  const other = <T>(values: readonly T[], current: unknown): T => random.pick(values.filter((v) => v !== current));
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'CaseReferred':
      return random.chance(0.5) ? { district: other(DISTRICTS, data.district) } : { form: other(FORMS, data.form) };
    case 'DppDecisionRecorded': {
      const decision = other(DPP_DECISIONS, data.decision);
      return decision === 'prosecute' ? { decision } : { decision, forum: null };
    }
    case 'SummonsIssued': {
      const returnDate = new Date(Date.parse(`${String(data.returnDate)}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      return random.pick([{ court: `${String(data.court)} (corrected)` }, { returnDate }, { occurredAt: moved, returnDate }]);
    }
    default:
      return { occurredAt: moved };
  }
}
