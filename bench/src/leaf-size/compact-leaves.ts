import { gunzipSync, gzipSync } from 'node:zlib';
import {
  CASE_EVENT_DISCLOSURE, entryBytes, HIDDEN, type CaseEventDisclosure, type CasePublicPart, type LedgerLeaf,
} from '@casetrail/ledger';

/**
 * A compact form of many leaves from which every entry (so every leaf hash) is rebuilt exactly: what
 * a bundle could ship instead of the entries. Three raw columns (each leaf's 32-byte commitment, each
 * public leaf's 16-byte event id, each case's 16-byte id, first seen first) and one gzip-compressed
 * JSON column of tuples: 0 for a hidden leaf, else [type, case number, recordedAt - previous recordedAt
 * (ms), recordedAt - occurredAt (ms), the public data values in the order of the public table].
 * Measures only case events with canonical UUIDs (what the synthetic log holds).
 */
export interface CompactLeaves {
  readonly commitments: Buffer;
  readonly eventIds: Buffer;
  readonly caseIds: Buffer;
  readonly tuples: Buffer;
}

const TYPES = Object.keys(CASE_EVENT_DISCLOSURE) as (keyof CaseEventDisclosure)[];
const publicFields = (type: keyof CaseEventDisclosure): string[] => {
  const table = CASE_EVENT_DISCLOSURE[type];
  return table === HIDDEN ? [] : Object.entries(table).filter(([, d]) => d === 'public' || d === 'public-changes').map(([field]) => field);
};
const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const uuidText = (bytes: Buffer) => {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export function encodeCompact(leaves: readonly LedgerLeaf[]): CompactLeaves {
  const cases = new Map<string, number>();
  const eventIds: Buffer[] = [];
  const tuples: unknown[] = [];
  let previous = 0;
  for (const leaf of leaves) {
    const part = leaf.publicPart as CasePublicPart | null;
    if (part === null) {
      tuples.push(0);
      continue;
    }
    if (!cases.has(part.caseId)) cases.set(part.caseId, cases.size);
    eventIds.push(uuidBytes(part.eventId));
    const recorded = Date.parse(part.recordedAt);
    const values = publicFields(part.type).map((field) => part.data[field]);
    tuples.push([TYPES.indexOf(part.type), cases.get(part.caseId), recorded - previous, recorded - Date.parse(part.occurredAt), ...values]);
    previous = recorded;
  }
  return {
    commitments: Buffer.concat(leaves.map((leaf) => leaf.commitment)),
    eventIds: Buffer.concat(eventIds),
    caseIds: Buffer.concat([...cases.keys()].map(uuidBytes)),
    tuples: gzipSync(JSON.stringify(tuples), { level: 9 }),
  };
}

/** Every entry, rebuilt from the compact form alone. */
export function decodeCompact(compact: CompactLeaves): Uint8Array[] {
  const tuples = JSON.parse(gunzipSync(compact.tuples).toString('utf8')) as (0 | unknown[])[];
  const slice = (buffer: Buffer, size: number, i: number) => buffer.subarray(i * size, (i + 1) * size);
  let publicLeaves = 0;
  let previous = 0;
  return tuples.map((tuple, i) => {
    const commitment = slice(compact.commitments, 32, i);
    if (tuple === 0) return entryBytes(null, commitment);
    const [typeIndex, caseIndex, recordedDelta, sinceOccurred, ...values] = tuple as [number, number, number, number, ...unknown[]];
    const type = TYPES[typeIndex]!;
    const recorded = previous + recordedDelta;
    previous = recorded;
    const part: CasePublicPart = {
      kind: 'case',
      caseId: uuidText(slice(compact.caseIds, 16, caseIndex)),
      eventId: uuidText(slice(compact.eventIds, 16, publicLeaves++)),
      type,
      occurredAt: new Date(recorded - sinceOccurred).toISOString(),
      recordedAt: new Date(recorded).toISOString(),
      data: Object.fromEntries(publicFields(type).map((field, n) => [field, values[n]])),
    };
    return entryBytes(part, commitment);
  });
}
