import { characterProblem } from '../../libs/domain/src/text';

/** A small seeded generator, so that a failing run can be replayed from its seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof seededRandom>;

/** Code units and code points that have broken text handling somewhere. */
const NASTY = [
  '\u0000', '\u0001', '\u0007', '\u000B', '\u001F', '\u007F', '\u0085', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
  '\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF', '\u{1FFFE}', '\u{10FFFF}', '\u200B', '\u200E', '\u202E', '\u2028', '\u2029',
  '\uFEFF', '\uFFFD', '\u0301', '𝄞', '😀', '中', 'é', 'ß', '\t', '\n', '\r', ' ', '"', '\\', "'", '<', '%', '&', '=', '/',
];

/** A random string: plain letters, the nasty characters above, or random code units of any plane. */
export function fuzzText(random: Random, longest = 2001): string {
  const length = random.pick([0, 1, 2, 5, 20, 199, 200, 201, 2001].filter((n) => n <= longest));
  let text = '';
  for (let i = 0; i < length; i++) {
    const kind = random.int(4);
    if (kind === 0) text += random.pick(NASTY);
    else if (kind === 1) text += String.fromCharCode(random.int(0x10000));
    else if (kind === 2) text += String.fromCodePoint(random.int(0x110000));
    else text += 'abcdefghij'[random.int(10)];
  }
  return text;
}

/** Odd text that is still storable (marks, joiners, bidi controls, astral letters, private use): it must seal. */
export function storableOddText(random: Random): string {
  let text = 'x';
  for (let n = random.pick([1, 10, 150]); text.length < n; ) {
    const char = random.chance(0.3) ? random.pick(NASTY) : String.fromCodePoint(random.int(0x110000));
    if (characterProblem(char) === null) text += char;
  }
  return text;
}

/** A value of any JSON kind, sometimes nested deep, sometimes holding reserved keys. */
export function fuzzValue(random: Random, depth = 0): unknown {
  switch (random.int(depth > 3 ? 7 : 10)) {
    case 0: return null;
    case 1: return random.chance(0.5);
    case 2: return random.pick([0, -1, 1.5, 1e308, -1e-308, 2 ** 53 + 1, 42]);
    case 3: case 4: case 5: return fuzzText(random);
    case 6: return random.pick(['2021-05-01T09:00:00+02:00', '2021-13-45T99:99:99Z', '2021-05-01', 'maseru', 'LS', 'sex']);
    case 7: return Array.from({ length: random.int(4) }, () => fuzzValue(random, depth + 1));
    case 8: return { [random.pick(['__proto__', 'constructor', 'prototype', 'x', fuzzText(random)])]: fuzzValue(random, depth + 1) };
    default: return nest(random.pick([2, 31, 32, 33, 200]), fuzzValue(random, depth + 1)); // deeper: oddJsonText
  }
}

const nest = (levels: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { x: value };
  return value;
};

/** Raw JSON text that no serializer would write: deep arrays, duplicate keys, bad numbers, broken syntax. */
export function oddJsonText(random: Random): string {
  const depth = random.pick([33, 1000, 20_000]);
  return random.pick([
    '[]', 'null', '"text"', '42', '{', '{"a":}', 'not json', '{"a":1,"a":2}', '{"x":1e999}', '{"x":-0}',
    '{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{}}}', '\uFEFF{}', '{"\\ud800":1}', '{"a":"\\u0000"}',
    '['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  ]);
}

/** Percent-encodes any string for a URL, lone surrogates included (as the invalid UTF-8 CESU-8 would write them). */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    const bytes =
      char.length === 1 && unit >= 0xd800 && unit <= 0xdfff
        ? [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        : [...Buffer.from(char, 'utf8')];
    out += bytes.map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
  }
  return out;
}

/** A query or path value: well encoded, or with broken percent-escapes. */
export function fuzzUrlValue(random: Random): string {
  return random.chance(0.85) ? percentEncode(fuzzText(random, 201)) : random.pick(['%', '%G1', '%C3', '%ED%A0%80', '%E0%A4%A', '%FF%FE', '%00', '%2e%2e%2f']);
}
