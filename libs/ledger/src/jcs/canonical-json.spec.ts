import { toHex } from '../encoding';
import { CanonicalJsonError } from '../errors';
import { canonicalJson, canonicalJsonBytes } from './canonical-json';

// github.com/cyberphone/json-canonicalization testdata/input/*.json -> testdata/output/*.json
// (the RFC 8785 authors' reference test data), parsed with JSON.parse as a JSON source would be.
const CYBERPHONE: readonly (readonly [string, string, string])[] = [
  [
    'values.json',
    '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
    '{"escaping":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}',
  ],
  [
    'weird.json',
    '{\n  "\\u20ac": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}\n',
    '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude02":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  ],
  [
    'structures.json',
    '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n  "a": { },\n  "111": [ { } ],\n  "A": { }\n}',
    '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}',
  ],
  [
    'french.json',
    '{\n  "peach": "This sorting order",\n  "péché": "is wrong according to French",\n  "pêche": "but canonicalization MUST",\n  "sin":   "ingnore locale"\n}\n',
    '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}',
  ],
  ['unicode.json', '{\n  "Unnormalized Unicode":"\\u1e0d\\u0307"\n}\n', '{"Unnormalized Unicode":"\u1e0d\u0307"}'],
  // arrays.json has no output file upstream; its canonical form follows from the sorting rule.
  ['arrays.json', '[\n  56,\n  {\n    "d": true,\n    "10": null,\n    "1": [ ]\n  }\n]', '[56,{"1":[],"10":null,"d":true}]'],
];

// RFC 8785 Appendix B: IEEE 754 bit patterns and their required serialisation.
const APPENDIX_B: readonly (readonly [string, string])[] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

class Money {
  constructor(readonly cents: number) {}
}

describe('canonicalJson (RFC 8785)', () => {
  it.each(CYBERPHONE)('given cyberphone testdata %s, when canonicalised, then it is byte for byte the expected output', (_file, input, output) => {
    expect(canonicalJson(JSON.parse(input))).toBe(output);
  });

  it.each(APPENDIX_B)('given IEEE 754 bits %s, when serialised, then it is %s', (bits, expected) => {
    expect(canonicalJson(fromBits(bits))).toBe(expected);
  });

  it('given keys outside the BMP, when sorting, then UTF-16 code units decide, not code points', () => {
    // U+1F600 is D83D DE00 in UTF-16, which sorts before U+FB33 although its code point is larger.
    expect(canonicalJson({ '\ufb33': 1, '\u{1f600}': 2, '\r': 3 })).toBe('{"\\r":3,"\u{1f600}":2,"\ufb33":1}');
  });

  it('given the same members in any insertion order, then the output is identical', () => {
    expect(canonicalJson({ b: [1, { z: null, a: 'x' }], a: true })).toBe(canonicalJson({ a: true, b: [1, { a: 'x', z: null }] }));
  });

  it('given a string with non-ASCII and control characters, when encoded to bytes, then it is UTF-8 with only the JSON escapes', () => {
    expect(toHex(canonicalJsonBytes({ '\u20ac': '\u0001' }))).toBe(Buffer.from('{"€":"\\u0001"}', 'utf8').toString('hex'));
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['undefined', undefined],
    ['undefined member', { a: 1, b: undefined }],
    ['undefined element', [1, undefined]],
    ['array hole', [1, , 3]],
    ['bigint', { n: 1n }],
    ['function', { f: () => 1 }],
    ['symbol', Symbol('s')],
    ['symbol key', { [Symbol('s')]: 1 }],
    ['Date', { at: new Date(0) }],
    ['Map', new Map([['a', 1]])],
    ['class instance', { amount: new Money(5) }],
    ['unpaired high surrogate', 'a\ud800'],
    ['unpaired low surrogate in a key', { '\udc00': 1 }],
  ])('given %s, when canonicalising, then it is refused', (_case, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
  });

  it('given a cycle, when canonicalising, then it is refused with the path where it closes', () => {
    const node: Record<string, unknown> = { name: 'a' };
    node.self = [node];
    expect(() => canonicalJson(node)).toThrow('$.self[0]: cycle');
  });

  it('given the same object twice but no cycle, then it is serialised twice', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('given an object without prototype, then it is treated as a plain object', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it('given -0, then it is serialised as 0', () => {
    expect(canonicalJson([-0, 0.1 + 0.2, 1e21, 1e-7])).toBe('[0,0.30000000000000004,1e+21,1e-7]');
  });
});
