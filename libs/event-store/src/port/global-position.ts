declare const opaque: unique symbol;

/**
 * A place in the global order of events. Opaque: callers compare, encode and decode it with the
 * functions below and never look inside; each adapter fills it with its own pair of numbers.
 */
export interface GlobalPosition {
  readonly [opaque]: 'GlobalPosition';
}

/** What an adapter puts in a position: two numbers, compared major first. */
interface PositionParts {
  readonly major: bigint;
  readonly minor: bigint;
}

/** For adapters: the position made of these two numbers. */
export function positionOf(major: bigint, minor: bigint): GlobalPosition {
  return Object.freeze({ major, minor }) as unknown as GlobalPosition;
}

/** For adapters: the two numbers of a position. */
export function partsOf(position: GlobalPosition): PositionParts {
  return position as unknown as PositionParts;
}

/** Before the first event. */
export const START: GlobalPosition = positionOf(0n, 0n);

/** Negative, zero or positive as `a` comes before, at or after `b` in the global order. */
export function compareGlobalPositions(a: GlobalPosition, b: GlobalPosition): number {
  const x = partsOf(a);
  const y = partsOf(b);
  if (x.major !== y.major) return x.major < y.major ? -1 : 1;
  if (x.minor !== y.minor) return x.minor < y.minor ? -1 : 1;
  return 0;
}

/** The text form checkpoints are stored and exchanged in (`"<major>:<minor>"`). */
export function encodeGlobalPosition(position: GlobalPosition): string {
  const { major, minor } = partsOf(position);
  return `${major}:${minor}`;
}

/** The position a text of `encodeGlobalPosition` stands for; throws on anything else. */
export function decodeGlobalPosition(text: string): GlobalPosition {
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`not a global position: ${text}`);
  return positionOf(BigInt(match[1]!), BigInt(match[2]!));
}
