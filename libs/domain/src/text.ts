/**
 * Text that can be stored is text that can be sealed: one rule for every text field a caller gives,
 * whether it arrives in a body, a query string or an event's data. Canonical JSON (the ledger's leaves)
 * and PostgreSQL's text type both refuse some strings, so those strings must never be accepted at all.
 */

/** Free text: what people write in sentences. Every other text field is short (names, courts, units). */
export const FREE_TEXT_FIELDS = ['summary', 'reason', 'note', 'statement', 'description', 'conditions'] as const;

export type TextKind = 'free' | 'short';

/** The most code points (not UTF-16 units) a text of each kind may hold. */
export const TEXT_LIMITS: Readonly<Record<TextKind, number>> = { free: 2000, short: 200 };

/** Whether a field holds free text or short text, by its name. */
export function textKindOf(field: string): TextKind {
  return (FREE_TEXT_FIELDS as readonly string[]).includes(field) ? 'free' : 'short';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// U+FDD0..U+FDEF and the last two code points of every plane.
const NONCHARACTER = new RegExp(
  '[\\uFDD0-\\uFDEF' +
    Array.from({ length: 17 }, (_, plane) => {
      const base = (plane * 0x10000 + 0xfffe).toString(16);
      return `\\u{${base}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`;
    }).join('') +
    ']',
  'u',
);

/** How many code points `value` holds (a surrogate pair counts once). */
export function codePointLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** What in `value` could not be sealed or stored (whatever its length), in words; null when nothing. */
export function characterProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (no unpaired surrogate)';
  if (CONTROL.test(value)) return 'must not contain control characters (only line breaks and tabs)';
  if (NONCHARACTER.test(value)) return 'must not contain Unicode noncharacters';
  return null;
}

/**
 * What is wrong with `value` as text of `kind`, in words; null when it may be stored. Blank text is
 * refused unless `blankAllowed` (a query string's empty value, which the route itself interprets).
 */
export function textProblem(value: unknown, kind: TextKind, blankAllowed = false): string | null {
  if (typeof value !== 'string') return 'must be text';
  if (!blankAllowed && value.trim() === '') return 'must not be blank';
  const limit = TEXT_LIMITS[kind];
  if (value.length > limit && codePointLength(value) > limit) return `must be at most ${limit} characters`;
  return characterProblem(value);
}

/** Whether `value` may be stored as text of `kind`. */
export function isStorableText(value: unknown, kind: TextKind): value is string {
  return textProblem(value, kind) === null;
}
