import { createHash } from 'node:crypto';
import { encodeClaimEvent, makeClaim } from '@casetrail/domain';
import { decodeGlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { toHex } from '../encoding';
import { EXAMPLE_SALT } from '../testing/leaf-vectors';
import { ledgerLeaf } from './ledger-leaf';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const sha256 = (...parts: (string | Uint8Array)[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest();

/** docs/verification.md, example 3: the minister's claim, recorded by the coordinator. */
const claim = makeClaim(
  {
    claimId: '3c9e6f0a-5b2d-4e8f-a1c7-9d0b2e4f6a81',
    madeAt: '2021-11-08T10:00:00+02:00',
    madeBy: 'Minister of Home Affairs',
    source: 'https://example.org/hansard/2021-11-08',
    statement: 'With respect to the eight cases before the DPP, summonses have been issued.',
    assertions: [{ figure: 'dpp.casesPending', period: null, asOf: '2021-11-08T10:00:00+02:00', district: null, value: 8 }],
  },
  '2026-12-02T08:00:00Z',
);
const EXAMPLE_CLAIM: RecordedEvent = {
  eventId: '7a41d2c8-96e3-4b0f-8d25-1e6c3a9f0b74', streamKind: 'claim', streamId: claim.data.claimId, version: 1,
  ...encodeClaimEvent(claim), recordedAt: '2026-12-02T08:00:00.000Z', actor: { userId: '2e8b4c6d-0a1f-4d3e-9b57-c6a8e0f2d4b1', role: 'coordinator' },
  correlationId: 'c-1', causationId: null, position: 1n, globalPosition: decodeGlobalPosition('1:1'),
};

// The example of docs/verification.md, checked here byte for byte (and reproduced with Python's hashlib and json.dumps).
const CLAIM_COMMITMENT = '6593733f261e36b952f887e155c10837b14b717d9cadef7a2aa2b699e949afd2';
const CLAIM_ENTRY =
  '{"commitment":"ZZNzPyYeNrlS+IfhVcEIN7FLcX2cre96KqK2melJr9I=","public":{"claimId":"3c9e6f0a-5b2d-4e8f-a1c7-9d0b2e4f6a81",' +
  '"data":{"assertions":[{"asOf":"2021-11-08T10:00:00+02:00","district":null,"figure":"dpp.casesPending","period":null,"val' +
  'ue":8}],"claimId":"3c9e6f0a-5b2d-4e8f-a1c7-9d0b2e4f6a81","madeAt":"2021-11-08T10:00:00+02:00","madeBy":"Minister of Home' +
  ' Affairs","source":"https://example.org/hansard/2021-11-08","statement":"With respect to the eight cases before the DPP,' +
  ' summonses have been issued."},"eventId":"7a41d2c8-96e3-4b0f-8d25-1e6c3a9f0b74","kind":"claim","occurredAt":"2021-11-08T' +
  '08:00:00.000Z","recordedAt":"2026-12-02T08:00:00.000Z","type":"ClaimMade"},"v":2}';
const CLAIM_LEAF = 'e01beb873352d1bf4b46011615a745549b2a5450be0119fd6869bba56e391bd2';

describe('a claim leaf (format 2)', () => {
  it('given the example claim, then its public part is the whole event (no actor), and the entry and leaf hash are the published bytes', () => {
    const leaf = ledgerLeaf(EXAMPLE_CLAIM, EXAMPLE_SALT);
    expect(toHex(leaf.commitment)).toBe(CLAIM_COMMITMENT);
    expect(toHex(sha256('casetrail/leaf/v2/private\n', EXAMPLE_SALT, leaf.privatePart))).toBe(CLAIM_COMMITMENT);
    expect(leaf.publicPart).toEqual({
      kind: 'claim', claimId: claim.data.claimId, eventId: EXAMPLE_CLAIM.eventId, type: 'ClaimMade',
      occurredAt: '2021-11-08T08:00:00.000Z', recordedAt: '2026-12-02T08:00:00.000Z', data: claim.data,
    });
    expect(text(leaf.entry)).toBe(CLAIM_ENTRY);
    expect(toHex(leaf.leafHash)).toBe(CLAIM_LEAF);
    expect(toHex(sha256(Uint8Array.of(0), CLAIM_ENTRY))).toBe(CLAIM_LEAF);
    expect(text(leaf.entry)).not.toContain('coordinator');
  });
});
