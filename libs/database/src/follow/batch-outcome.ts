/**
 * What one step of a follower did with the next page of the log: moved past `events` events, found
 * nothing new, or lost the page to another worker (nothing done, but more may be waiting).
 */
export type BatchOutcome =
  | { readonly kind: 'advanced'; readonly events: number }
  | { readonly kind: 'caught_up' }
  | { readonly kind: 'raced' };

export const advanced = (events: number): BatchOutcome => ({ kind: 'advanced', events });
export const CAUGHT_UP: BatchOutcome = Object.freeze({ kind: 'caught_up' });
export const RACED: BatchOutcome = Object.freeze({ kind: 'raced' });

/** Events the outcome moved past (0 for a race or when caught up). */
export const eventsAdvanced = (outcome: BatchOutcome): number => (outcome.kind === 'advanced' ? outcome.events : 0);
