import { CASE_EVENT_FIELDS } from './case/event-fields';
import { codePointLength, isStorableText, textKindOf, textProblem, TEXT_LIMITS } from './text';

describe('text that can be stored is text that can be sealed', () => {
  it.each([
    ['plain words', 'Maseru Magistrate Court'],
    ['line breaks and tabs', 'first line\nsecond line\r\n\tindented'],
    ['letters beyond the BMP (a surrogate pair)', 'Mosotho 𝄞 😀'],
    ['accents and scripts', 'Sesotho sa Lesotho, 中文, العربية'],
    ['the private use area', '\uE000'],
  ])('accepts %s', (_name, value) => {
    expect(textProblem(value, 'short')).toBeNull();
  });

  it.each([
    ['an unpaired high surrogate', 'a\uD800b', 'surrogate'],
    ['an unpaired low surrogate', '\uDC00', 'surrogate'],
    ['a reversed pair', '\uDC00\uD800', 'surrogate'],
    ['NUL', 'a\u0000', 'control'],
    ['a C0 control other than line break and tab', 'bell\u0007', 'control'],
    ['vertical tab', 'a\u000Bb', 'control'],
    ['DEL', 'a\u007F', 'control'],
    ['a C1 control', 'a\u0085', 'control'],
    ['the last C1 control', '\u009F', 'control'],
    ['a noncharacter in the Arabic block', '\uFDD0', 'noncharacter'],
    ['U+FFFE', '\uFFFE', 'noncharacter'],
    ['U+FFFF', 'x\uFFFF', 'noncharacter'],
    ['U+1FFFF', '\u{1FFFF}', 'noncharacter'],
    ['U+10FFFF', '\u{10FFFF}', 'noncharacter'],
    ['blank text', ' \n\t', 'blank'],
    ['the empty string', '', 'blank'],
  ])('refuses %s', (_name, value, problem) => {
    expect(textProblem(value, 'free')).toContain(problem);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, {}, [], true]) expect(isStorableText(value, 'short')).toBe(false);
  });

  it('counts code points, not UTF-16 units, against the limits', () => {
    const astral = '😀'.repeat(TEXT_LIMITS.short); // 400 UTF-16 units, 200 code points
    expect(codePointLength(astral)).toBe(200);
    expect(textProblem(astral, 'short')).toBeNull();
    expect(textProblem(astral + 'a', 'short')).toContain('at most 200');
    expect(textProblem('a'.repeat(2000), 'free')).toBeNull();
    expect(textProblem('a'.repeat(2001), 'free')).toContain('at most 2000');
    expect(textProblem('a'.repeat(201), 'short')).toContain('at most 200');
  });

  it('allows blank text only where asked (an empty query value)', () => {
    expect(textProblem('', 'short', true)).toBeNull();
    expect(textProblem('\u0000', 'short', true)).toContain('control');
  });

  it('classes free text by name as the contract lists it, and every other text field as short', () => {
    for (const field of ['summary', 'reason', 'note', 'statement', 'description', 'conditions']) expect(textKindOf(field)).toBe('free');
    for (const field of ['name', 'court', 'provider', 'agency', 'unit', 'leadOfficer', 'custodian', 'mediaType', 'source', 'madeBy', 'fullName']) {
      expect(textKindOf(field)).toBe('short');
    }
  });

  it("gives every event field the limit of its kind (the domain's own check agrees with the DTOs)", () => {
    const long = (kind: 'free' | 'short') => 'a'.repeat(TEXT_LIMITS[kind]);
    for (const [type, fields] of Object.entries(CASE_EVENT_FIELDS)) {
      for (const [field, spec] of Object.entries(fields as Record<string, { accepts(v: unknown): boolean }>)) {
        if (!spec.accepts('some text') || field === 'sha256') continue; // not a text field
        const kind = textKindOf(field);
        expect([type, field, spec.accepts(long(kind))]).toEqual([type, field, true]);
        expect([type, field, spec.accepts(long(kind) + 'a')]).toEqual([type, field, false]);
        expect([type, field, spec.accepts('a\uD800')]).toEqual([type, field, false]);
      }
    }
  });
});
