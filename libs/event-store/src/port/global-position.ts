import type { GlobalPosition } from './event-store.port';

export const START: GlobalPosition = { transactionId: 0n, sequence: 0n };

export function compareGlobalPositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.sequence !== b.sequence) return a.sequence < b.sequence ? -1 : 1;
  return 0;
}

/** `"<transactionId>:<sequence>"`, the form checkpoints are stored and exchanged in. */
export function encodeGlobalPosition(position: GlobalPosition): string {
  return `${position.transactionId}:${position.sequence}`;
}

export function decodeGlobalPosition(text: string): GlobalPosition {
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`not a global position: ${text}`);
  return { transactionId: BigInt(match[1]!), sequence: BigInt(match[2]!) };
}
