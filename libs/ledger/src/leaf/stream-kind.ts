import type { RecordedEvent } from '@casetrail/event-store';

/** The kinds of stream the log holds: a case's, a claim's, a user's, and the access log's. */
export const STREAM_KINDS = ['case', 'claim', 'user', 'access'] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

/**
 * The event's stream kind as stored, or `case` for an event read without one (every stream was a
 * case's before kinds were stored).
 */
export function storedStreamKind(event: RecordedEvent): string {
  const stored: unknown = (event as { readonly streamKind?: unknown }).streamKind;
  return stored === undefined || stored === null ? 'case' : String(stored);
}

/** The event's stream kind; null for a kind this ledger does not know, which then discloses nothing. */
export function streamKindOf(event: RecordedEvent): StreamKind | null {
  const stored = storedStreamKind(event);
  return STREAM_KINDS.find((kind) => kind === stored) ?? null;
}
