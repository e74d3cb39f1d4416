import { isStreamKind, type StreamName } from '../port/streams';

/**
 * A stream of ours is named `<kind>-<id>` on EventStoreDB: the server's by-category projection then
 * groups each kind (`$ce-case`), and nothing of another application's can pass for ours unless it uses
 * one of our kinds as its category.
 */
export function toStreamName(stream: StreamName): string {
  return `${stream.kind}-${stream.id}`;
}

/** Our stream from a server stream name, or null for a name that is not one of ours. */
export function fromStreamName(name: string): StreamName | null {
  const dash = name.indexOf('-');
  if (dash <= 0) return null;
  const kind = name.slice(0, dash);
  const id = name.slice(dash + 1);
  return isStreamKind(kind) && id !== '' ? { kind, id } : null;
}
