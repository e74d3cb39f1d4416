/** The failures the TIP reports name, as api.md's "Red flags" defines them. */
export const STATE_FLAG_KINDS = ['docket_missing', 'stalled_at_dpp', 'summons_overdue', 'complicity_not_investigated'] as const;
export const EVENT_FLAG_KINDS = [
  'served_late',
  'victim_repatriated_before_testimony',
  'fine_in_lieu_after_amendment',
  'suspended_sentence_for_trafficking',
  'repeated_adjournments',
] as const;
export const FLAG_KINDS = [...STATE_FLAG_KINDS, ...EVENT_FLAG_KINDS] as const;

export type StateFlagKind = (typeof STATE_FLAG_KINDS)[number];
export type EventFlagKind = (typeof EVENT_FLAG_KINDS)[number];
export type FlagKind = StateFlagKind | EventFlagKind;

/** State flags clear when their condition ends; event flags record a fact and never clear. */
export function isStateFlag(kind: FlagKind): kind is StateFlagKind {
  return (STATE_FLAG_KINDS as readonly string[]).includes(kind);
}

/**
 * One red flag of one case. Times are ISO timestamps: a time-based flag is raised at 00:00 Lesotho
 * time of the first day on which it holds; every other time is the `occurredAt` of an event.
 */
export interface RedFlag {
  readonly caseId: string;
  readonly kind: FlagKind;
  /** What the flag is about, by kind: a summonsRef, victimRef or suspectRef; null for the case's docket. */
  readonly ref: string | null;
  /** Stable within the case (kind and ref, or the event that started it): a read model's row key. */
  readonly key: string;
  readonly raisedAt: string;
  readonly clearedAt: string | null;
  /** The events that started the flag, then (once cleared) the one that cleared it, last. */
  readonly eventIds: readonly string[];
}

/** What the flags depend on besides the events. */
export interface FlagRules {
  /** Commencement (Lesotho date) of the 2021 amendment that removed fines in lieu of imprisonment. */
  readonly amendmentCommencement: string;
}

export const DEFAULT_FLAG_RULES: FlagRules = { amendmentCommencement: '2021-01-29' };
