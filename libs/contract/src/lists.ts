import type { CaseStage, District, Form, SummonsStatus } from './enumerations';
import type { FlagKind } from './flag-kinds';

/** A summons as `GET /v1/summonses` lists it. */
export interface SummonsRow {
  readonly caseId: string;
  readonly summonsRef: string;
  readonly suspectRef: string;
  readonly court: string;
  readonly district: string;
  readonly issuedAt: string;
  readonly returnDate: string;
  /** issued | served | failed | overdue (the domain's `summonsStatusAt`) */
  readonly status: SummonsStatus;
  readonly attempts: number;
  readonly servedAt: string | null;
  /** Days from issue to service, or to the day seen at while unserved. */
  readonly daysOutstanding: number;
}

/** A docket before the DPP as `GET /v1/dpp/backlog` lists it. */
export interface PendingDocket {
  readonly caseId: string;
  readonly district: string;
  readonly form: string;
  readonly submittedAt: string;
  readonly daysPending: number;
}

export const CALENDAR_KINDS = ['summons_return', 'adjourned_hearing'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** One day in court as `GET /v1/court-calendar` lists it: a summons' return date at its court, or a hearing adjourned to that day. */
export interface CalendarItem {
  readonly date: string;
  /** An adjourned hearing's is the court of the accused's latest summons or appearance (naming one) before it; null when none did. */
  readonly court: string | null;
  readonly caseId: string;
  readonly suspectRef: string;
  readonly kind: CalendarKind;
}

/** A case as `GET /v1/cases` lists it. */
export interface ListedCase {
  readonly caseId: string;
  readonly district: District;
  readonly form: Form;
  readonly stage: CaseStage;
  readonly referredAt: string;
  readonly lastEventAt: string;
  readonly accusedCount: number;
}

export interface CaseListItem extends ListedCase {
  /** The kinds of red flag open on the case at the moment, sorted. */
  readonly openFlags: readonly FlagKind[];
}

/** A red flag as `GET /v1/flags` lists it. Times are ISO timestamps (a time-based flag: 00:00 Lesotho time of its first day). */
export interface RedFlagItem {
  readonly caseId: string;
  readonly kind: FlagKind;
  /** What the flag is about, by kind: a summonsRef, victimRef or suspectRef; null for the case's docket. */
  readonly ref: string | null;
  readonly raisedAt: string;
  readonly clearedAt: string | null;
  /** The events that started the flag, then (once cleared) the one that cleared it, last. */
  readonly eventIds: readonly string[];
}
