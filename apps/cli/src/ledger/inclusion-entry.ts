import { bytesEqual, canonicalJson, MalformedError, openLedgerEntry, opensCommitment, type OpenedEntry } from '@casetrail/ledger';
import { NotVerified, type InclusionProofFile } from './proof-files';

/** What a verified entry establishes: which event it is, when the parts say so, and how to name it. */
export interface ProvenEntry {
  readonly eventId: string | null;
  readonly description: string;
}

/**
 * Checks the parts of a proof's entry (leaf format 2): the public part and commitment spelled out beside
 * it must be the entry's own, and a private part with its salt, when given, must open the commitment.
 * Either form verifies: a donor's (public part and commitment) and a timeline role's (all four).
 */
export function checkEntryParts(proof: InclusionProofFile): ProvenEntry {
  let opened: OpenedEntry;
  try {
    opened = openLedgerEntry(proof.entry);
  } catch (error) {
    if (error instanceof MalformedError) throw new NotVerified(`the entry is not a leaf entry of format 2: ${error.message}`);
    throw error;
  }
  if (proof.publicPart !== undefined && canonicalJson(proof.publicPart) !== canonicalJson(opened.publicPart)) {
    throw new NotVerified('the publicPart given beside the entry is not the public part inside it');
  }
  if (proof.commitment !== null && !bytesEqual(proof.commitment, opened.commitment)) {
    throw new NotVerified('the commitment given beside the entry is not the commitment inside it');
  }
  if ((proof.privatePart === null) !== (proof.salt === null)) throw new NotVerified('a private part needs its salt, and a salt its private part');
  if (proof.privatePart !== null && proof.salt !== null) {
    if (!opensCommitment(opened, proof.privatePart, proof.salt)) throw new NotVerified("the private part and salt do not open the entry's commitment");
    return describePrivate(proof.privatePart);
  }
  return describePublic(opened.publicPart);
}

function describePrivate(privatePart: Uint8Array): ProvenEntry {
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(Buffer.from(privatePart).toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new NotVerified('the private part is not JSON');
  }
  const eventId = typeof event.eventId === 'string' ? event.eventId : null;
  return { eventId, description: `event ${eventId} (${String(event.type)}, stream ${String(event.streamId)} version ${String(event.version)})` };
}

function describePublic(publicPart: Readonly<Record<string, unknown>> | null): ProvenEntry {
  if (publicPart === null) return { eventId: null, description: 'a leaf that shows only that it exists (its private part was not given)' };
  const eventId = typeof publicPart.eventId === 'string' ? publicPart.eventId : null;
  const stream = publicPart.kind === 'claim' ? `claim ${String(publicPart.claimId)}` : `case ${String(publicPart.caseId)}`;
  return { eventId, description: `event ${eventId} (${String(publicPart.type)}, ${stream}; public part only)` };
}
