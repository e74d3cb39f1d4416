import { utf8 } from '../encoding';
import { MalformedError } from '../errors';
import { EXAMPLE_CHARGES, EXAMPLE_SALT } from '../testing/leaf-vectors';
import { ledgerLeaf } from './ledger-leaf';
import { openLedgerEntry, opensCommitment } from './open-entry';

const leaf = ledgerLeaf(EXAMPLE_CHARGES, EXAMPLE_SALT);
const entryText = Buffer.from(leaf.entry).toString('utf8');

describe('reading a leaf entry back', () => {
  it('given an entry the ledger made, then it opens to its public part and commitment, which its private part and salt open', () => {
    const opened = openLedgerEntry(leaf.entry);
    expect(opened.publicPart).toEqual(leaf.publicPart);
    expect(opened.commitment).toEqual(leaf.commitment);
    expect(opensCommitment(opened, leaf.privatePart, leaf.salt)).toBe(true);
  });

  it('given another private part, salt, or a salt of the wrong size, then the commitment does not open', () => {
    const opened = openLedgerEntry(leaf.entry);
    expect(opensCommitment(opened, utf8(Buffer.from(leaf.privatePart).toString('utf8').replace('"counts":2', '"counts":3')), leaf.salt)).toBe(false);
    expect(opensCommitment(opened, leaf.privatePart, new Uint8Array(32))).toBe(false);
    expect(opensCommitment(opened, leaf.privatePart, leaf.salt.subarray(0, 16))).toBe(false);
  });

  it.each([
    ['not JSON', 'nope'],
    ['an array', '[]'],
    ['another format version', entryText.replace('"v":2', '"v":1')],
    ['no version', entryText.replace(',"v":2', '')],
    ['an unknown member', entryText.replace('"public"', '"extra":1,"public"')],
    ['a public part that is a string', entryText.replace(/"public":\{.*\},"v"/, '"public":"x","v"')],
    ['a commitment of 31 bytes', entryText.replace('8ValORdzcuGwK+A/s+vx8kgjQTnb260j3IfFR1Dq8KI=', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==')],
    ['a commitment that is not base64', entryText.replace('8ValORdzcuGwK+A/', '8ValORdzcuGwK-A_')],
    ['whitespace (not canonical)', entryText.replace('"v":2', '"v": 2')],
    ['members out of order (not canonical)', entryText.replace(/^\{("commitment":"[^"]*"),(.*)\}$/, '{$2,$1}')],
  ])('given %s, then it is refused as malformed', (_case, text) => {
    expect(() => openLedgerEntry(utf8(text))).toThrow(MalformedError);
  });
});
