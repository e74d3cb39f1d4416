import { STATE_FLAG_KINDS, type FlagKind, type RedFlagItem, type StateFlagKind } from '@casetrail/contract';

// The kinds are the contract's (libs/contract): the API answers them and the web page offers them.
export { EVENT_FLAG_KINDS, FLAG_KINDS, STATE_FLAG_KINDS, type EventFlagKind, type FlagKind, type StateFlagKind } from '@casetrail/contract';

/** State flags clear when their condition ends; event flags record a fact and never clear. */
export function isStateFlag(kind: FlagKind): kind is StateFlagKind {
  return (STATE_FLAG_KINDS as readonly string[]).includes(kind);
}

/** One red flag of one case: the item the flags list shows, and its key. */
export interface RedFlag extends RedFlagItem {
  /** Stable within the case (kind and ref, or the event that started it): a read model's row key. */
  readonly key: string;
}

/** What the flags depend on besides the events. */
export interface FlagRules {
  /** Commencement (Lesotho date) of the 2021 amendment that removed fines in lieu of imprisonment. */
  readonly amendmentCommencement: string;
}

export const DEFAULT_FLAG_RULES: FlagRules = { amendmentCommencement: '2021-01-29' };
