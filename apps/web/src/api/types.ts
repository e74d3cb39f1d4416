import type { CaseView, CheckpointAnswer, ConsistencyProofOf, FlagKind, InclusionAnswer, PendingDocket, RedFlagItem, Role, SummonsRow, TimelineEntry } from '@casetrail/contract';

/** The API's answers as the page reads them (api.md is the contract): libs/contract's where the service declares them there, else only the fields the page uses. */
export type { PendingDocket, RedFlagItem, Role, SummonsRow, TimelineAnswer } from '@casetrail/contract';
export type TimelineEvent = TimelineEntry;
export type InclusionProof = InclusionAnswer;
export type ConsistencyProof = ConsistencyProofOf<string>;
export type Checkpoint = CheckpointAnswer;
export type CaseAnswer = CaseView;

export interface SessionUser {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  /** null: nationwide. */
  readonly district: string | null;
}

export interface SessionAnswer {
  readonly user: SessionUser | null;
  readonly expiresAt: string | null;
}

/** A figure, or null where it is suppressed for the caller (donors: small victim counts). */
export type Count = number | null;

/** The government-action report: figures nest as objects; a figure's path is its dotted JSON path. */
export interface Report {
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly knownAt: string;
  readonly suppressedBelow?: number;
  /** How a donor's victim figures were made safe: rounded to `roundedTo`, withheld (null) below `shownFrom`. */
  readonly disclosure?: { readonly method: string; readonly roundedTo: number; readonly shownFrom: number };
  readonly complete?: boolean;
  readonly previous: Figures & { readonly period: string };
  readonly [figure: string]: unknown;
}

export type Figures = { readonly [figure: string]: unknown };

export interface SummonsesAnswer {
  readonly asOf: string;
  readonly counts: { readonly total: number; readonly byStatus: Readonly<Record<string, number>> };
  /** Absent for donors (counts only): the first page of rows. */
  readonly items?: readonly SummonsRow[];
}

export interface BacklogAnswer {
  readonly asOf: string;
  readonly total: number;
  readonly ageBands: Readonly<Record<string, number>>;
  /** Absent for donors (counts only), as are the rows. */
  readonly medianDaysPending?: number | null;
  readonly items?: readonly PendingDocket[];
}

/** The kinds of red flag (api.md "Red flags"), in the API's order. */
export { FLAG_KINDS, type FlagKind } from '@casetrail/contract';

export interface FlagsAnswer {
  readonly asOf: string;
  readonly knownAt: string | null;
  readonly filters: Readonly<Record<string, unknown>>;
  /** Absent for donors, who get `counts` of open flags by kind instead. */
  readonly items?: readonly RedFlagItem[];
  readonly nextCursor?: string | null;
  readonly counts?: Readonly<Record<FlagKind, Count>>;
  readonly disclosure?: { readonly method: string; readonly roundedTo: number; readonly shownFrom: number };
}
