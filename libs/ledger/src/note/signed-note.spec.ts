import { MalformedError, NoteVerificationError } from '../errors';
import {
  ENOCH_SIG_BASE64,
  ENOCH_SIG_LINE,
  ENOCH_VERIFIER_KEY,
  NEUMANN_TEXT,
  PETER_SIG_BASE64,
  PETER_SIG_LINE,
  PETER_SIGNER_KEY,
  PETER_VERIFIER_KEY,
} from '../testing/note-vectors';
import { generateSigningKey } from './keys';
import { openNote, signNote } from './signed-note';

const peter = { name: 'PeterNeumann', keyId: 'c74f20a3', base64: PETER_SIG_BASE64 };
const enoch = { name: 'EnochRoot', keyId: 'af0cfe78', base64: ENOCH_SIG_BASE64 };
const signedByBoth = `${NEUMANN_TEXT}\n${PETER_SIG_LINE}${ENOCH_SIG_LINE}`;

// Go slices these lines by byte; the em dash is 3 bytes in UTF-8 but one UTF-16 unit here,
// so Go's peterSig[:60] is this string's [:58].
const insertAbcd = (line: string): string => `${line.slice(0, 58)}ABCD${line.slice(58)}`;

describe('signed notes (C2SP signed-note, golang.org/x/mod/sumdb/note vectors)', () => {
  it('given the PeterNeumann key and text, when signing, then the note is byte for byte note_test.go TestSign', () => {
    expect(signNote(NEUMANN_TEXT, PETER_SIGNER_KEY)).toBe(`${NEUMANN_TEXT}\n${PETER_SIG_LINE}`);
  });

  it('given a note signed by Peter and Enoch, when only Peter is trusted, then Peter verifies and Enoch is reported unverified', () => {
    const opened = openNote(signedByBoth, [PETER_VERIFIER_KEY]);
    expect(opened.text).toBe(NEUMANN_TEXT);
    expect(opened.verifiedBy).toEqual([{ ...peter, verifierKey: PETER_VERIFIER_KEY }]);
    expect(opened.unverified).toEqual([enoch]);
  });

  it('given a note signed by Peter and Enoch, when both are trusted, then both verify in note order', () => {
    const opened = openNote(signedByBoth, [ENOCH_VERIFIER_KEY, PETER_VERIFIER_KEY]);
    expect(opened.verifiedBy.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
    expect(opened.unverified).toEqual([]);
  });

  it('given the note as UTF-8 bytes, when opened, then it reads the same', () => {
    expect(openNote(Buffer.from(signedByBoth, 'utf8'), [PETER_VERIFIER_KEY]).text).toBe(NEUMANN_TEXT);
  });

  it('given no trusted key signed, when opening, then it is refused as unverifiable', () => {
    expect(() => openNote(signedByBoth, [])).toThrow(new NoteVerificationError('note has no verifiable signatures'));
  });

  it('given the same verifier key twice and a signature by it, when opening, then the ambiguity is refused', () => {
    expect(() => openNote(`${NEUMANN_TEXT}\n${ENOCH_SIG_LINE}`, [ENOCH_VERIFIER_KEY, PETER_VERIFIER_KEY, ENOCH_VERIFIER_KEY])).toThrow(
      new NoteVerificationError('ambiguous verifier key EnochRoot+af0cfe78'),
    );
  });

  it('given a duplicated verifier key that signed nothing, when opening, then it does not matter', () => {
    expect(openNote(`${NEUMANN_TEXT}\n${PETER_SIG_LINE}`, [ENOCH_VERIFIER_KEY, PETER_VERIFIER_KEY, ENOCH_VERIFIER_KEY]).verifiedBy).toHaveLength(1);
  });

  it('given 101 signature lines, when opening, then it is refused unread', () => {
    expect(() => openNote(`${NEUMANN_TEXT}\n${PETER_SIG_LINE.repeat(101)}`, [PETER_VERIFIER_KEY])).toThrow(MalformedError);
    expect(() => openNote(`${NEUMANN_TEXT}\n${PETER_SIG_LINE.repeat(101)}`, [])).toThrow(MalformedError);
  });

  it('given a trusted key whose signature was altered, when opening, then the whole note is refused', () => {
    expect(() => openNote(`${NEUMANN_TEXT}\n${insertAbcd(PETER_SIG_LINE)}`, [PETER_VERIFIER_KEY])).toThrow(
      new NoteVerificationError('invalid signature for key PeterNeumann+c74f20a3'),
    );
  });

  it('given repeated and altered signatures by untrusted keys, when opening, then repeats collapse and untrusted ones are only reported', () => {
    const note = `${NEUMANN_TEXT}\n${PETER_SIG_LINE}${PETER_SIG_LINE}${ENOCH_SIG_LINE}${ENOCH_SIG_LINE}${insertAbcd(ENOCH_SIG_LINE)}`;
    const opened = openNote(note, [PETER_VERIFIER_KEY]);
    expect(opened.verifiedBy.map((s) => s.name)).toEqual(['PeterNeumann']);
    const enochAbcd = { ...enoch, base64: 'rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n' + 'ABCD' + '2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=' };
    expect(opened.unverified).toEqual([enoch, enochAbcd]);
  });

  it.each([
    ['text only', NEUMANN_TEXT],
    ['text and blank line, no signatures', `${NEUMANN_TEXT}\n`],
    ['a signature line without its newline', `${NEUMANN_TEXT}\n${PETER_SIG_LINE.slice(0, -1)}`],
    ['a control character', `\u0001${NEUMANN_TEXT}\n${PETER_SIG_LINE}`],
    ['a name with a space', `${NEUMANN_TEXT}\n\u2014 Bad Name ${PETER_SIG_BASE64}\n`],
    ['a line that is not a signature', `${NEUMANN_TEXT}\n${PETER_SIG_LINE}Unexpected line.\n`],
    ['a hyphen instead of an em dash', `${NEUMANN_TEXT}\n- PeterNeumann ${PETER_SIG_BASE64}\n`],
    ['a carriage return', `${NEUMANN_TEXT}\n${PETER_SIG_LINE.slice(0, -1)}\r\n`],
    ['a signature too short for a key id', `${NEUMANN_TEXT}\n\u2014 PeterNeumann AAAA\n`],
    ['an unpaired surrogate', `\ud800${NEUMANN_TEXT}\n${PETER_SIG_LINE}`],
  ])('given a note with %s (note_test.go TestOpen bad messages and more), when opening, then it is malformed', (_case, note) => {
    expect(() => openNote(note, [PETER_VERIFIER_KEY])).toThrow(MalformedError);
  });

  it('given bytes that are not UTF-8, when opening, then it is malformed', () => {
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.from(`${NEUMANN_TEXT}\n${PETER_SIG_LINE}`, 'utf8')]);
    expect(() => openNote(bytes, [PETER_VERIFIER_KEY])).toThrow(MalformedError);
  });

  it('given a generated key, when a note is signed and opened, then it round-trips; a changed text is refused', () => {
    const key = generateSigningKey('casetrail.example/ledger');
    const text = 'casetrail.example/ledger\n1\nAAAA\n\nblank lines inside the text are fine\n';
    const note = signNote(text, key.signerKey);
    expect(openNote(note, [key.verifierKey])).toMatchObject({ text, verifiedBy: [{ name: key.name, keyId: key.keyId }] });
    expect(() => openNote(note.replace('\n1\n', '\n2\n'), [key.verifierKey])).toThrow(NoteVerificationError);
  });

  it('given several signer keys, when signing, then each adds one line in order and each verifies', () => {
    const [a, b] = [generateSigningKey('a.example'), generateSigningKey('b.example')];
    const note = signNote(NEUMANN_TEXT, [a.signerKey, b.signerKey]);
    expect(note.split('\n').filter((line) => line.startsWith('\u2014 ')).map((line) => line.split(' ')[1])).toEqual(['a.example', 'b.example']);
    expect(openNote(note, [b.verifierKey, a.verifierKey]).verifiedBy.map((s) => s.name)).toEqual(['a.example', 'b.example']);
  });

  it.each([
    ['text without a final newline', 'abc'],
    ['a control character', 'a\u0007b\n'],
  ])('given %s, when signing, then it is refused', (_case, text) => {
    expect(() => signNote(text, PETER_SIGNER_KEY)).toThrow(MalformedError);
  });

  it('given no signer keys, when signing, then it is refused', () => {
    expect(() => signNote(NEUMANN_TEXT, [])).toThrow(RangeError);
  });
});
