import { fromBase64, toBase64, toHex } from '../encoding';
import { MalformedError, NoteVerificationError } from '../errors';
import { MerkleFrontier } from '../merkle/frontier';
import { leafHash } from '../merkle/hashing';
import { InMemoryNodeSource } from '../merkle/node-source';
import { consistencyProof, inclusionProof } from '../merkle/proofs';
import { verifyConsistency, verifyInclusion } from '../merkle/verify';
import { generateSigningKey } from '../note/keys';
import { openNote } from '../note/signed-note';
import { SUMDB_CHECKPOINT, SUMDB_VERIFIER_KEY } from '../testing/note-vectors';
import { formatCheckpoint, parseCheckpoint } from './checkpoint';
import { openCheckpoint, signCheckpoint } from './signed-checkpoint';

// The C2SP tlog-checkpoint spec example body.
const SOFA = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const ROOT = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';

describe('checkpoints (C2SP tlog-checkpoint)', () => {
  it('given the C2SP example checkpoint, when parsed and formatted again, then it is unchanged', () => {
    const checkpoint = parseCheckpoint(SOFA);
    expect(checkpoint).toMatchObject({ origin: 'example.com/behind-the-sofa', treeSize: 20852163, extensions: [] });
    expect(toBase64(checkpoint.rootHash)).toBe(ROOT);
    expect(formatCheckpoint(checkpoint)).toBe(SOFA);
  });

  it('given extension lines (transparency-dev/formats "valid with trailing data"), then they are kept in order', () => {
    const text = `Log\n9944\n${ROOT}\nHere's some associated data.\nmore\n`;
    const checkpoint = parseCheckpoint(text);
    expect(checkpoint.extensions).toEqual(["Here's some associated data.", 'more']);
    expect(formatCheckpoint(checkpoint)).toBe(text);
  });

  it('given the empty tree, then the size line is 0 and the root is SHA-256 of nothing', () => {
    const text = formatCheckpoint({ origin: 'casetrail.example/ledger', treeSize: 0, rootHash: MerkleFrontier.empty().root() });
    expect(text).toBe('casetrail.example/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n');
  });

  // transparency-dev/formats log/checkpoint_test.go TestUnmarshalLogState invalid cases (with
  // 32-byte roots where theirs were arbitrary), plus what C2SP forbids beyond them.
  it.each([
    ['insufficient lines', 'Head\n9944\n'],
    ['an empty origin', `\n9944\n${ROOT}\n`],
    ['no newline after the root hash', `Log\n123\n${ROOT}`],
    ['a size that is not a number', `Log\nbananas\n${ROOT}\n`],
    ['a negative size', `Log\n-34\n${ROOT}\n`],
    ['a size too large', `Log\n3438945738945739845734895735\n${ROOT}\n`],
    ['a root that is not base64', "Log\n123\nThisIsn'tBase64\n"],
    ['a size with a leading zero', `Log\n0123\n${ROOT}\n`],
    ['a size with a plus sign', `Log\n+123\n${ROOT}\n`],
    ['a root of the wrong length', 'Log\n123\nYmFuYW5hcw==\n'],
    ['empty extension lines (trailing newlines)', `Log\n9944\n${ROOT}\n\n\n\n`],
    ['non-canonical base64', `Log\n1\n${ROOT.slice(0, -2)}3=\n`],
  ])('given a checkpoint with %s, when parsed, then it is refused', (_case, text) => {
    expect(() => parseCheckpoint(text)).toThrow(MalformedError);
  });

  it.each([
    ['an empty origin', { origin: '', treeSize: 1, rootHash: new Uint8Array(32) }],
    ['a newline in the origin', { origin: 'a\nb', treeSize: 1, rootHash: new Uint8Array(32) }],
    ['an empty extension line', { origin: 'a', treeSize: 1, rootHash: new Uint8Array(32), extensions: [''] }],
  ])('given %s, when formatting, then it is refused', (_case, checkpoint) => {
    expect(() => formatCheckpoint(checkpoint)).toThrow(MalformedError);
  });

  it.each([
    ['a negative size', { origin: 'a', treeSize: -1, rootHash: new Uint8Array(32) }],
    ['a short root', { origin: 'a', treeSize: 1, rootHash: new Uint8Array(31) }],
  ])('given %s, when formatting, then it is out of range', (_case, checkpoint) => {
    expect(() => formatCheckpoint(checkpoint)).toThrow(RangeError);
  });

  it('given the real sum.golang.org checkpoint (transparency-dev/formats note_test.go), when opened with its key, then it verifies and parses', () => {
    const opened = openCheckpoint(SUMDB_CHECKPOINT, { origin: 'go.sum database tree', verifierKeys: [SUMDB_VERIFIER_KEY] });
    expect(opened.checkpoint.treeSize).toBe(6476701);
    expect(toHex(opened.checkpoint.rootHash)).toBe(toHex(fromBase64('mb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=')));
    expect(opened.verifiedBy.map((s) => s.keyId)).toEqual(['033de0ae']);
  });

  it('given the sum.golang.org checkpoint, when the expected origin differs, then it is refused', () => {
    expect(() => openCheckpoint(SUMDB_CHECKPOINT, { origin: 'Go rocks but I might have the wrong ID', verifierKeys: [SUMDB_VERIFIER_KEY] })).toThrow(
      NoteVerificationError,
    );
  });

  it('given the sum.golang.org checkpoint with its tree size changed, when opened, then the signature no longer holds', () => {
    expect(() => openNote(SUMDB_CHECKPOINT.replace('6476701', '6476702'), [SUMDB_VERIFIER_KEY])).toThrow(NoteVerificationError);
  });

  it('given a ledger that grows, when a client holds an old signed checkpoint, then it can check inclusion and consistency against a new one', async () => {
    const key = generateSigningKey('casetrail.example/ledger');
    const origin = key.name;
    const store = new InMemoryNodeSource();
    const entries = Array.from({ length: 13 }, (_, i) => leafHash(Buffer.from(`{"event":${i}}`)));
    entries.slice(0, 5).forEach((leaf) => store.append(leaf));
    const oldNote = signCheckpoint({ origin, treeSize: store.size, rootHash: store.root() }, key.signerKey);
    entries.slice(5).forEach((leaf) => store.append(leaf));
    const newNote = signCheckpoint({ origin, treeSize: store.size, rootHash: store.root() }, key.signerKey);

    const old = openCheckpoint(oldNote, { origin, verifierKeys: [key.verifierKey] }).checkpoint;
    const latest = openCheckpoint(newNote, { origin, verifierKeys: [key.verifierKey] }).checkpoint;
    const proof = await consistencyProof(old.treeSize, latest.treeSize, store);
    expect(verifyConsistency(old.treeSize, latest.treeSize, old.rootHash, latest.rootHash, proof)).toBe(true);
    const path = await inclusionProof(7, latest.treeSize, store);
    expect(verifyInclusion(entries[7]!, 7, latest.treeSize, path, latest.rootHash)).toBe(true);
    expect(verifyInclusion(entries[7]!, 7, old.treeSize, path, old.rootHash)).toBe(false);
  });
});
