import type { District } from '@casetrail/contract';

/** One figure a claim states: a report figure for a period, or a figure as of a moment, nationally or in a district. */
export interface ClaimAssertion {
  /** A report figure's dotted path (`convictions.total`), or `dpp.casesPending` (as of `asOf`). */
  readonly figure: string;
  /** The reporting period (`2021-22`) of a report figure; null for a figure as of a moment. */
  readonly period: string | null;
  /** The moment a figure as of a moment is stated for; null for a report figure. */
  readonly asOf: string | null;
  /** The district the figure is stated for; null: nationally. */
  readonly district: District | null;
  readonly value: number;
}

/** What was said in public, by whom, where, and the figures it states. A claim holds no personal data. */
export interface ClaimMadeData {
  readonly claimId: string;
  /** When the claim was made in the world (the event's occurredAt). */
  readonly madeAt: string;
  readonly madeBy: string;
  /** A citation or URL. */
  readonly source: string;
  readonly statement: string;
  readonly assertions: readonly ClaimAssertion[];
}

export interface ClaimMade {
  readonly type: 'ClaimMade';
  readonly data: ClaimMadeData;
}

export type ClaimEvent = ClaimMade;
export type ClaimEventType = ClaimEvent['type'];

export const CLAIM_EVENT_SCHEMA_VERSION: Readonly<Record<ClaimEventType, number>> = { ClaimMade: 1 };

export const isClaimEventType = (type: string): type is ClaimEventType => Object.hasOwn(CLAIM_EVENT_SCHEMA_VERSION, type);
