/** Test histories written through the domain's `decide`, so every one is a history the domain accepts. */
import {
  decide, evolve, initialState, type CaseCommand, type CaseCommandOf, type CaseCommandType, type CaseState,
} from '@casetrail/domain';
import type { RecordedCaseEvent } from '../flags';
import type { ReportEvent } from '../report-event';

/** A Lesotho moment: `at('2021-05-03')` is 10:00 that day, `at('2021-05-03', 23)` 23:00. */
export function at(date: string, hour = 10): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00+02:00`;
}

const FAR_FUTURE = '2040-01-01T00:00:00+02:00';

/** One case's history as it is recorded, command by command. */
export class RecordedCase {
  readonly history: RecordedCaseEvent[] = [];
  private state: CaseState = initialState();

  constructor(readonly caseId: string) {}

  /**
   * Decides the command on the case as it stands and records its events, at `recordedAt`
   * (default: when they occurred; a correction occurs and is recorded at `now`). Returns the first event's id.
   */
  record<T extends CaseCommandType>(
    type: T,
    data: CaseCommandOf<T>['data'],
    options: { recordedAt?: string; now?: string } = {},
  ): string {
    const now = options.now ?? options.recordedAt ?? FAR_FUTURE;
    const events = decide({ type, data, metadata: { now } } as CaseCommand, this.state);
    const ids = events.map((event) => {
      const eventId = `${this.caseId}-e${this.history.length + 1}`;
      this.history.push({ eventId, event, recordedAt: options.recordedAt ?? event.data.occurredAt });
      this.state = evolve(this.state, { eventId, event });
      return eventId;
    });
    return ids[0]!;
  }

  /** Corrects an earlier event; the correction occurs and is recorded at `now`. */
  correct(eventId: string, changes: Record<string, unknown>, now: string): string {
    return this.record('CorrectEvent', { eventId, reason: 'entered wrongly', changes }, { now, recordedAt: now });
  }

  refer(on: string, extra: Partial<CaseCommandOf<'ReferCase'>['data']> = {}): string {
    return this.record('ReferCase', { caseId: this.caseId, occurredAt: on, source: 'police', district: 'maseru', form: 'sex', ...extra });
  }

  investigate(on: string): string {
    return this.record('OpenInvestigation', { occurredAt: on, unit: 'LMPS Anti-Trafficking Unit' });
  }

  suspect(suspectRef: string, on: string): string {
    return this.record('IdentifySuspect', { suspectRef, occurredAt: on, sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
  }

  victim(victimRef: string, on: string): string {
    return this.record('IdentifyVictim', {
      victimRef, occurredAt: on, sex: 'female', ageGroup: 'adult', nationality: 'ZA', form: 'sex', identifiedBy: 'government',
    });
  }

  /** Investigation, one suspect, docket to the DPP, decision to prosecute, charges under the Act. */
  charge(suspectRef: string, dates: { investigated: string; submitted: string; decided: string; charged: string }): string {
    this.investigate(dates.investigated);
    this.suspect(suspectRef, dates.investigated);
    this.record('SubmitDocket', { occurredAt: dates.submitted });
    this.record('RecordDppDecision', { occurredAt: dates.decided, decision: 'prosecute', forum: 'magistrate' });
    return this.record('FileCharges', { suspectRef, occurredAt: dates.charged, statute: 'anti_trafficking_act', counts: 1 });
  }
}

/** The rows the government-action read model would hold for these cases (free text aside). */
export function reportEventsOf(...cases: readonly RecordedCase[]): ReportEvent[] {
  return cases.flatMap((c) =>
    c.history.map((e, i) => ({
      eventId: e.eventId, caseId: c.caseId, version: i + 1, type: e.event.type, occurredAt: e.event.data.occurredAt,
      recordedAt: e.recordedAt, data: e.event.data as unknown as Record<string, unknown>,
    })),
  );
}
