import { compareGlobalPositions, decodeGlobalPosition, encodeGlobalPosition, positionOf, START } from './global-position';

describe('global positions', () => {
  it('compare the major number first, the minor only when the majors are equal', () => {
    const compare = (a: [bigint, bigint], b: [bigint, bigint]) => Math.sign(compareGlobalPositions(positionOf(...a), positionOf(...b)));
    expect([
      compare([1n, 9n], [2n, 1n]),
      compare([2n, 1n], [1n, 9n]),
      compare([3n, 1n], [3n, 2n]),
      compare([3n, 2n], [3n, 1n]),
      compare([3n, 2n], [3n, 2n]),
      compare([0n, 0n], [0n, 1n]),
    ]).toEqual([-1, 1, -1, 1, 0, -1]);
    expect(compareGlobalPositions(START, positionOf(0n, 0n))).toBe(0);
  });

  it('are written as "<major>:<minor>" and read back from exactly that', () => {
    const position = positionOf(12_345_678_901n, 40n);
    expect(encodeGlobalPosition(position)).toBe('12345678901:40');
    expect(compareGlobalPositions(decodeGlobalPosition('12345678901:40'), position)).toBe(0);
    expect(compareGlobalPositions(decodeGlobalPosition('0:0'), START)).toBe(0);
  });

  it.each(['', '12', '1:', ':2', 'a1:2', '1:2x', '1:2:3', '1-2', ' 1:2', '1:-2', 'x:y'])('refuses to read %j as a position', (text) => {
    expect(() => decodeGlobalPosition(text)).toThrow(`not a global position: ${text}`);
  });
});
