import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHex, toBase64, toHex } from '../encoding';
import { canonicalJson } from '../jcs/canonical-json';
import { EXAMPLE_CHARGES, EXAMPLE_SALT, EXAMPLE_VICTIM } from '../testing/leaf-vectors';
import { CASE_EVENT_DISCLOSURE, HIDDEN } from './case-disclosure';
import { ledgerLeaf } from './ledger-leaf';
import { privatePartBytes } from './private-part';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const sha256 = (...parts: (string | Uint8Array)[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest();

// The vectors of docs/verification.md, checked here byte for byte (and by an independent Python computation when written).
const CHARGES_PRIVATE =
  '{"actor":{"role":"prosecutor","userId":"5a0c9d2e-7b61-4f3a-8e19-2c4d6f8a0b1c"},' +
  '"data":{"counts":2,"occurredAt":"2021-11-12T10:00:00+02:00","statute":"anti_trafficking_act","suspectRef":"suspect-1"},' +
  '"eventId":"0b7e8a4c-2f1d-4c3a-9e55-6d2f0a1b3c4d","occurredAt":"2021-11-12T10:00:00+02:00","recordedAt":"2021-11-12T08:05:41.250Z",' +
  '"schemaVersion":1,"streamId":"b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64","streamKind":"case","type":"ChargesFiled","version":7}';
const CHARGES_COMMITMENT = 'f156a539177372e1b02be03fb3ebf1f248234139dbdbad23dc87c54750eaf0a2';
const CHARGES_ENTRY =
  '{"commitment":"8ValORdzcuGwK+A/s+vx8kgjQTnb260j3IfFR1Dq8KI=",' +
  '"public":{"caseId":"b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64","data":{"statute":"anti_trafficking_act","suspectRef":"suspect-1"},' +
  '"eventId":"0b7e8a4c-2f1d-4c3a-9e55-6d2f0a1b3c4d","kind":"case","occurredAt":"2021-11-12T08:00:00.000Z",' +
  '"recordedAt":"2021-11-12T08:05:41.250Z","type":"ChargesFiled"},"v":2}';
const CHARGES_LEAF = '46bd37b0dff4c3ebea4cb230476e3db9969bcbdf6c292447fc707608c1e7051e';
const VICTIM_ENTRY = '{"commitment":"NgIRo/oRZTRp71RulUjb53L0aV7nasoiV5Oy2flCi6c=","public":null,"v":2}';
const VICTIM_LEAF = '1d56ac544999c73ef70d80c4f51edb0383c8d04b1a991e3c82d9bc973625f2c2';

describe('a ledger leaf of format 2', () => {
  it('given the example charges and salt, then the private part, commitment, entry and leaf hash are the published bytes', () => {
    const leaf = ledgerLeaf(EXAMPLE_CHARGES, EXAMPLE_SALT);
    expect(text(leaf.privatePart)).toBe(CHARGES_PRIVATE);
    expect(toHex(leaf.commitment)).toBe(CHARGES_COMMITMENT);
    expect(toHex(sha256('casetrail/leaf/v2/private\n', EXAMPLE_SALT, CHARGES_PRIVATE))).toBe(CHARGES_COMMITMENT);
    expect(text(leaf.entry)).toBe(CHARGES_ENTRY);
    expect(toBase64(fromHex(CHARGES_COMMITMENT))).toBe('8ValORdzcuGwK+A/s+vx8kgjQTnb260j3IfFR1Dq8KI=');
    expect(toHex(leaf.leafHash)).toBe(CHARGES_LEAF);
    expect(toHex(sha256(Uint8Array.of(0), CHARGES_ENTRY))).toBe(CHARGES_LEAF);
  });

  it('given the example victim event, then its entry shows only the commitment: no type, case, time or attribute', () => {
    const leaf = ledgerLeaf(EXAMPLE_VICTIM, EXAMPLE_SALT);
    expect(text(leaf.entry)).toBe(VICTIM_ENTRY);
    expect(toHex(leaf.leafHash)).toBe(VICTIM_LEAF);
    expect(text(leaf.privatePart)).toContain('"personal":{"fullName":"sealed:AAEC"}');
  });

  it('given another salt, then the commitment and leaf change and the public part does not', () => {
    const other = ledgerLeaf(EXAMPLE_CHARGES, Uint8Array.from({ length: 32 }, () => 7));
    const example = ledgerLeaf(EXAMPLE_CHARGES, EXAMPLE_SALT);
    expect(other.publicPart).toEqual(example.publicPart);
    expect(toHex(other.commitment)).not.toBe(toHex(example.commitment));
    expect(toHex(other.leafHash)).not.toBe(toHex(example.leafHash));
  });

  it('given a change only to a private field (counts, actor), then the public part is the same and the commitment differs', () => {
    const example = ledgerLeaf(EXAMPLE_CHARGES, EXAMPLE_SALT);
    for (const changed of [
      { ...EXAMPLE_CHARGES, data: { ...EXAMPLE_CHARGES.data, counts: 3 } },
      { ...EXAMPLE_CHARGES, actor: { userId: 'someone-else', role: 'prosecutor' } },
      { ...EXAMPLE_CHARGES, version: 8 },
    ]) {
      const leaf = ledgerLeaf(changed, EXAMPLE_SALT);
      expect(leaf.publicPart).toEqual(example.publicPart);
      expect(toHex(leaf.commitment)).not.toBe(toHex(example.commitment));
    }
  });

  it('given the same instant with another offset or precision, then the public times are the same; the private part keeps them as given', () => {
    const later = { ...EXAMPLE_CHARGES, occurredAt: '2021-11-12T08:00:00.000000Z', recordedAt: '2021-11-12T10:05:41.25+02:00' };
    const leaf = ledgerLeaf(later, EXAMPLE_SALT);
    expect(leaf.publicPart).toMatchObject({ occurredAt: '2021-11-12T08:00:00.000Z', recordedAt: '2021-11-12T08:05:41.250Z' });
    expect(text(privatePartBytes(later))).toContain('"occurredAt":"2021-11-12T08:00:00.000000Z"');
  });

  it('given events of the other stream kinds, then a claim shows all of itself and a user or access-log entry nothing', () => {
    const base = { ...EXAMPLE_CHARGES, type: 'ClaimRecorded', data: { statement: 'summonses have been issued', assertions: [] } };
    expect(ledgerLeaf({ ...base, streamKind: 'claim' } as typeof base, EXAMPLE_SALT).publicPart).toEqual({
      kind: 'claim', claimId: base.streamId, eventId: base.eventId, type: 'ClaimRecorded',
      occurredAt: '2021-11-12T08:00:00.000Z', recordedAt: '2021-11-12T08:05:41.250Z', data: base.data,
    });
    for (const streamKind of ['user', 'access', 'something-new']) {
      const leaf = ledgerLeaf({ ...base, streamKind } as typeof base, EXAMPLE_SALT);
      expect(leaf.publicPart).toBeNull();
      expect(text(leaf.privatePart)).toContain(`"streamKind":"${streamKind}"`);
    }
    expect(ledgerLeaf({ ...EXAMPLE_CHARGES, type: 'NotACaseEvent' }, EXAMPLE_SALT).publicPart).toBeNull();
  });

  it('given a salt of the wrong size, then no leaf is made', () => {
    expect(() => ledgerLeaf(EXAMPLE_CHARGES, new Uint8Array(16))).toThrow(RangeError);
  });
});

describe('docs/verification.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../docs/verification.md'), 'utf8');
  const flat = doc.replace(/\s+/g, '');

  it('given its worked examples, then they are these vectors, byte for byte', () => {
    const charges = ledgerLeaf(EXAMPLE_CHARGES, EXAMPLE_SALT);
    const victim = ledgerLeaf(EXAMPLE_VICTIM, EXAMPLE_SALT);
    for (const leaf of [charges, victim]) {
      for (const shown of [text(leaf.privatePart), toHex(leaf.commitment), toBase64(leaf.commitment), text(leaf.entry), toHex(leaf.entry), toHex(leaf.leafHash)]) {
        expect(flat).toContain(shown);
      }
    }
    expect(flat).toContain(canonicalJson(charges.publicPart));
    expect(doc).toContain(`Its private part (one line, ${charges.privatePart.length} bytes)`);
    expect(doc).toContain(`Its entry (${charges.entry.length} bytes)`);
    expect(doc).toContain(`Its entry (${victim.entry.length} bytes)`);
    expect(doc).toContain(toHex(EXAMPLE_SALT));
  });

  it('given its public table, then each row names the fields CASE_EVENT_DISCLOSURE makes public, or says hidden', () => {
    for (const [type, table] of Object.entries(CASE_EVENT_DISCLOSURE)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${type} |`));
      expect([type, row]).toEqual([type, expect.any(String)]);
      const shown = row!.split('|')[2]!.split('(')[0]!;
      const fields = [...shown.matchAll(/`(\w+)`/g)].map((m) => m[1]);
      if (table === HIDDEN) expect([type, shown.trim()]).toEqual([type, '**hidden**']);
      else expect([type, fields]).toEqual([type, Object.entries(table).filter(([, d]) => d === 'public' || d === 'public-changes').map(([f]) => f)]);
    }
  });
});
