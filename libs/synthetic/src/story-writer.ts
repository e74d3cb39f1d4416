import { lesothoTimestampOf, type CaseCommandIntent } from '@casetrail/domain';
import type { SeededRandom } from './random';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A command of a synthetic case, with the role that would issue it. */
export interface StoryStep {
  readonly role: 'investigator' | 'prosecutor' | 'court_clerk' | 'victim_services';
  readonly intent: CaseCommandIntent;
  /** Recorded late: after the steps that follow it (before the case's closure), as clerks catch up. */
  readonly late?: boolean;
}

/** Lesotho time (UTC+02:00) of a moment in ms. */
export const lesotho = lesothoTimestampOf;

/** A case's story as it is written: a clock that only moves forward, and the steps so far. */
export class StoryWriter {
  readonly steps: StoryStep[] = [];
  private t: number;

  constructor(
    readonly random: SeededRandom,
    start: number,
    private readonly until: number,
  ) {
    this.t = start;
  }

  /** Moves the clock on by some days and hours; false once past `until` (the story stops there). */
  later(minDays: number, maxDays: number): boolean {
    this.t += this.random.int(minDays, maxDays) * DAY_MS + this.random.int(0, 8) * HOUR_MS;
    return this.t < this.until;
  }

  /** The story's current moment, Lesotho time. */
  at(): string {
    return lesotho(this.t);
  }

  /** The Lesotho date `days` after now. */
  dateIn(days: number): string {
    return lesotho(this.t + days * DAY_MS).slice(0, 10);
  }

  /** The Lesotho date `days` after a moment of the story. */
  dateAfter(moment: string, days: number): string {
    return lesotho(Date.parse(moment) + days * DAY_MS).slice(0, 10);
  }

  get now(): number {
    return this.t;
  }

  add(role: StoryStep['role'], intent: CaseCommandIntent, late = false): void {
    this.steps.push(late ? { role, intent, late } : { role, intent });
  }
}
