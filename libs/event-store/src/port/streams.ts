/**
 * The kinds of stream the log holds. Each kind has its own id space: a stream is named by its kind
 * and its id together, and versions count within that pair.
 */
export type StreamKind = 'case' | 'claim' | 'user' | 'access';

const KINDS: Readonly<Record<StreamKind, true>> = { case: true, claim: true, user: true, access: true };

/** Every stream kind. */
export const STREAM_KINDS = Object.keys(KINDS) as readonly StreamKind[];

export function isStreamKind(text: string): text is StreamKind {
  return Object.hasOwn(KINDS, text);
}

/** One stream of the log: its kind and its id. */
export interface StreamName {
  readonly kind: StreamKind;
  readonly id: string;
}

/** `kind/id`, for messages. */
export const describeStream = (stream: StreamName): string => `${stream.kind}/${stream.id}`;
