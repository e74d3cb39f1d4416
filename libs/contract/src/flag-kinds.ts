/** The failures the TIP reports name, as api.md's "Red flags" defines them: state flags, then event flags. */
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

