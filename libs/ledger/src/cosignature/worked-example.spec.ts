import { openCheckpoint } from '../checkpoint/signed-checkpoint';
import { toHex } from '../encoding';
import { leafHash } from '../merkle/hashing';
import { rootFromLeafHashes } from '../merkle/reference';
import { signingKeyFromSeed } from '../note/keys';
import { cosign, cosignedMessage, openCosignatures } from './cosignature';
import { cosignerKeyOfSecret } from './cosigner-key';
import { logTimestampKey, signedAtOf, signTimestampedCheckpoint } from './signed-at';

// docs/verification.md section 5.5, byte for byte.
const LOG_SEED = new Uint8Array(32).fill(0x01);
const WITNESS_SEED = new Uint8Array(32).fill(0x02);
const NOTE =
  'casetrail.example/ledger\n3\nO2zM1+PgI/85MAbwMDFe562esRGwIrQfun5bejlz9og=\n\n' +
  '\u2014 casetrail.example/ledger JNpL5znviF4JPzw06KL/CvOsOd8aRxK6jQsns13kmY5bNIEYajPEqb0BxXto5G8JZO1DLWGDOA69/yY/dBh3/nn/SQg=\n' +
  '\u2014 casetrail.example/ledger j+nIrgAAAABrD9AArz7bDHQHA0la4M0q642F1FpQzIlvy2fknORpUVLOFNXmlYtl3K1NYf8qHeJwHwQ+gWTgYf0Z4J6sRxQXcwM6DA==\n';
const WITNESS_LINE =
  '\u2014 witness.example/w1 3xwKNQAAAABrD9AFG/5rk4LoQXNWa7yT+BXfV79zpChpAmIeT/Omk+LNmMenM6NFZMUdZ6rHV9SV54POz5YrjzwE3poMe32mN6d5BQ==\n';
const TEXT = NOTE.slice(0, NOTE.indexOf('\n\n') + 1);

describe('the worked example of docs/verification.md section 5.5', () => {
  const log = signingKeyFromSeed('casetrail.example/ledger', LOG_SEED);
  const witness = cosignerKeyOfSecret({ name: 'witness.example/w1', seed: WITNESS_SEED });

  it('given the seeds, then the keys are those printed', () => {
    expect(log.verifierKey).toBe('casetrail.example/ledger+24da4be7+AYqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c');
    expect(logTimestampKey(log.verifierKey).text).toBe('casetrail.example/ledger+8fe9c8ae+BIqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c');
    expect(witness.text).toBe('witness.example/w1+df1c0a35+BIE5dw6ofRdfVqNUZsNMfszLjYqRtO43ol32D1uPybOU');
    expect(toHex(witness.publicKey)).toBe('8139770ea87d175f56a35466c34c7ecccb8d8a91b4ee37a25df60f5b8fc9b394');
  });

  it('given the checkpoint of three leaves 0x00, 0x01, 0x02 signed at 2026-12-02T08:00:00Z, then the note is the one printed', () => {
    const root = rootFromLeafHashes([0, 1, 2].map((b) => leafHash(Uint8Array.of(b))));
    expect(signTimestampedCheckpoint({ origin: log.name, treeSize: 3, rootHash: root }, log.signerKey, new Date('2026-12-02T08:00:00Z'))).toBe(NOTE);
    expect(openCheckpoint(NOTE, { origin: log.name, verifierKeys: [log.verifierKey] }).checkpoint.treeSize).toBe(3);
    expect(signedAtOf(NOTE, log.verifierKey).toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('given the witness cosigning at 1796198405, then its line, message and payload are those printed, and verify', () => {
    expect(cosign(TEXT, { name: 'witness.example/w1', seed: WITNESS_SEED }, 1796198405)).toBe(WITNESS_LINE);
    expect(toHex(cosignedMessage(TEXT, 1796198405))).toBe(
      '636f7369676e61747572652f76310a74696d6520313739363139383430350a63617365747261696c2e6578616d706c652f6c65646765720a330a' +
        '4f327a4d312b5067492f38354d4162774d444665353632657352477749725166756e3562656a6c7a396f673d0a',
    );
    const payload = Buffer.from(WITNESS_LINE.trim().split(' ')[2]!, 'base64');
    expect(toHex(payload.subarray(0, 4))).toBe('df1c0a35');
    expect(toHex(payload.subarray(4, 12))).toBe('000000006b0fd005');
    expect(openCosignatures(NOTE + WITNESS_LINE, [witness])).toEqual([
      { name: 'witness.example/w1', keyId: 'df1c0a35', timestamp: 1796198405, line: WITNESS_LINE },
    ]);
    expect(0x6b0fd005).toBe(1796198405);
  });
});
