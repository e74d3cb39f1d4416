import type { CaseFacts } from '../case-facts';
import { caseFactsOfKnown } from '../government-action-report';
import { asKnownAt, type ReportEvent } from '../report-event';

/** The record as it stood at a moment: its events (corrections applied) and, once asked, each case's facts. */
interface KnownRecord {
  readonly known: readonly ReportEvent[];
  facts?: CaseFacts[];
}

/**
 * One scope's events as known at any moment, each record built once. What a moment knows is the events
 * recorded by then: recording times only grow, so two moments keeping as many events keep the same ones
 * and share one record (a claim's recordedAt and a bundle's "now" usually do).
 */
export class KnownRecords {
  private readonly recordedAt: Float64Array;
  private readonly byCount = new Map<number, KnownRecord>();

  constructor(readonly events: readonly ReportEvent[]) {
    this.recordedAt = Float64Array.from(events, (event) => Date.parse(event.recordedAt)).sort();
  }

  /** The events (corrections applied) recorded by `knownAt`. */
  known(knownAt: string): readonly ReportEvent[] {
    return this.recordAt(knownAt).known;
  }

  /** Each case's facts as the record stood at `knownAt`. */
  facts(knownAt: string): CaseFacts[] {
    const record = this.recordAt(knownAt);
    record.facts ??= caseFactsOfKnown(record.known);
    return record.facts;
  }

  private recordAt(knownAt: string): KnownRecord {
    const moment = Date.parse(knownAt);
    const count = this.recordedBy(moment);
    let record = this.byCount.get(count);
    if (!record) {
      record = { known: asKnownAt(this.events, moment) };
      this.byCount.set(count, record);
    }
    return record;
  }

  /** How many events were recorded by `moment` (a binary search of the sorted recording times). */
  private recordedBy(moment: number): number {
    let [low, high] = [0, this.recordedAt.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.recordedAt[middle]! <= moment) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
