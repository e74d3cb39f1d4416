/** The kinds of stream the log holds; each kind has its own events and its own codec. */
export const STREAM_KINDS = ['case', 'claim', 'user', 'access'] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

/**
 * A stored event as a codec reads it. `streamKind` absent: a case (every stream was one before kinds).
 * The store's other fields (version, positions, times) ride along untouched.
 */
export interface EventRecord {
  readonly streamKind?: StreamKind;
  readonly eventId: string;
  readonly type: string;
  /** The schema version the data was written under (absent: the current one). */
  readonly schemaVersion?: number;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A record was given to the codec of another kind, or names a type its kind does not have. */
export class UndecodableEvent extends Error {
  override readonly name = 'UndecodableEvent';
}
