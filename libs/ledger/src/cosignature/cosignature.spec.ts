import { parseCheckpoint } from '../checkpoint/checkpoint';
import { openCheckpoint, signCheckpoint } from '../checkpoint/signed-checkpoint';
import { fromBase64, toBase64 } from '../encoding';
import { MalformedError, NoteVerificationError } from '../errors';
import { generateSigningKey, parseSignerKey, parseVerifierKey } from '../note/keys';
import { cosign, cosignedMessage, openCosignatures } from './cosignature';
import { cosignerKeyOfSecret, parseCosignerKey } from './cosigner-key';
import { logTimestampKey, signedAtOf, signTimestampedCheckpoint } from './signed-at';

const ROOT = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';
const SOFA = `example.com/behind-the-sofa\n20852163\n${ROOT}\n`;
const secretOf = (key: { signerKey: string }) => {
  const { name, seed } = parseSignerKey(key.signerKey);
  return { name, seed };
};

describe('cosignatures (C2SP tlog-cosignature, timestamped Ed25519)', () => {
  const witness = secretOf(generateSigningKey('witness.example/w1'));
  const witnessKey = cosignerKeyOfSecret(witness);

  it('given the C2SP example, then the signed message is the header line, the time line and the checkpoint', () => {
    expect(Buffer.from(cosignedMessage(SOFA, 1679315147)).toString()).toBe(`cosignature/v1\ntime 1679315147\n${SOFA}`);
  });

  it('given the C2SP example cosignature line, then its 76 bytes hold the key id, the big-endian time and the signature', () => {
    const bytes = fromBase64('jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==');
    expect(bytes).toHaveLength(76);
    expect(Number(Buffer.from(bytes.subarray(4, 12)).readBigUInt64BE())).toBe(1679315147);
  });

  it('given a cosigner key, then its vkey is type 0x04 with the key id over name, newline, 0x04 and the key, and parses back', () => {
    const raw = fromBase64(witnessKey.text.split('+').slice(2).join('+')); // its base64 may hold a '+'
    expect(raw[0]).toBe(0x04);
    expect(parseCosignerKey(witnessKey.text)).toEqual(witnessKey);
    const noteKey = parseVerifierKey(generateSigningKey('witness.example/w1').verifierKey);
    expect(() => parseCosignerKey(noteKey.text)).toThrow(MalformedError);
    expect(() => parseCosignerKey(witnessKey.text.replace(witnessKey.keyId, '00000000'))).toThrow(MalformedError);
  });

  it('given a checkpoint cosigned at a time, then the line verifies with the cosigner key and gives the time', () => {
    const line = cosign(SOFA, witness, 1679315147);
    const [found, ...rest] = openCosignatures(`${SOFA}\n${line}`, [witnessKey.text]);
    expect(rest).toEqual([]);
    expect(found).toEqual({ name: 'witness.example/w1', keyId: witnessKey.keyId, timestamp: 1679315147, line });
  });

  it('given a cosigned checkpoint, when its time, its checkpoint or its signature is altered, then it does not verify', () => {
    const line = cosign(SOFA, witness, 1679315147);
    const bytes = fromBase64(line.slice(2 + witness.name.length + 1, -1));
    const later = Uint8Array.from(bytes);
    later[11] = later[11]! + 1;
    const flipped = Uint8Array.from(bytes);
    flipped[40] = flipped[40]! ^ 1;
    for (const bad of [later, flipped]) {
      expect(() => openCosignatures(`${SOFA}\n\u2014 ${witness.name} ${toBase64(bad)}\n`, [witnessKey])).toThrow(NoteVerificationError);
    }
    expect(() => openCosignatures(`${SOFA.replace('20852163', '20852164')}\n${line}`, [witnessKey])).toThrow(NoteVerificationError);
  });

  it('given lines by other keys, then they are ignored', () => {
    const other = secretOf(generateSigningKey('witness.example/w2'));
    const note = `${SOFA}\n${cosign(SOFA, other, 1)}`;
    expect(openCosignatures(note, [witnessKey])).toEqual([]);
  });
});

describe('signedAt inside what the log signs', () => {
  const log = generateSigningKey('casetrail.example/ledger');
  const checkpoint = parseCheckpoint(`casetrail.example/ledger\n7\n${ROOT}\n`);

  it('given a timestamped checkpoint, then the note opens with the log key and its signedAt verifies to the second', () => {
    const note = signTimestampedCheckpoint(checkpoint, log.signerKey, new Date('2026-12-02T08:00:01.999Z'));
    expect(openCheckpoint(note, { origin: log.name, verifierKeys: [log.verifierKey] }).checkpoint.treeSize).toBe(7);
    expect(signedAtOf(note, log.verifierKey).toISOString()).toBe('2026-12-02T08:00:01.000Z');
    expect(note.startsWith(signCheckpoint(checkpoint, log.signerKey))).toBe(true);
    expect(logTimestampKey(log.verifierKey).keyId).not.toBe(log.keyId);
  });

  it('given the signedAt line altered to another second, then it fails', () => {
    const note = signTimestampedCheckpoint(checkpoint, log.signerKey, new Date('2026-12-02T08:00:01Z'));
    const lines = note.split('\n');
    const stamp = lines[lines.length - 2]!;
    const payload = fromBase64(stamp.slice(stamp.lastIndexOf(' ') + 1));
    payload[11] = payload[11]! + 1;
    const altered = [...lines.slice(0, -2), `${stamp.slice(0, stamp.lastIndexOf(' ') + 1)}${toBase64(payload)}`, ''].join('\n');
    expect(() => signedAtOf(altered, log.verifierKey)).toThrow(NoteVerificationError);
  });

  it('given a note without the timestamp line, or stamped by another key, then there is no signedAt', () => {
    expect(() => signedAtOf(signCheckpoint(checkpoint, log.signerKey), log.verifierKey)).toThrow(NoteVerificationError);
    const other = generateSigningKey('casetrail.example/ledger');
    expect(() => signedAtOf(signTimestampedCheckpoint(checkpoint, other.signerKey, new Date()), log.verifierKey)).toThrow(NoteVerificationError);
  });
});
