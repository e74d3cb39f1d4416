/**
 * The kinds of stream the log holds. Each kind has its own id space: a stream is named by its kind
 * and its id together, and versions count within that pair.
 */
import { STREAM_KINDS, type StreamKind } from '@casetrail/domain';

export { STREAM_KINDS, type StreamKind };

export function isStreamKind(text: string): text is StreamKind {
  return (STREAM_KINDS as readonly string[]).includes(text);
}

/** One stream of the log: its kind and its id. */
export interface StreamName<K extends StreamKind = StreamKind> {
  readonly kind: K;
  readonly id: string;
}

/** `kind/id`, for messages. */
export const describeStream = (stream: StreamName): string => `${stream.kind}/${stream.id}`;
