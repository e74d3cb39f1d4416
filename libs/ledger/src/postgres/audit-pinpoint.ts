import type { EventStore, GlobalPosition, RecordedEvent } from '@casetrail/event-store';
import { toBase64 } from '../encoding';
import type { MerkleFrontier } from '../merkle/frontier';
import { ledgerLeaf, type LedgerLeaf } from '../leaf/ledger-leaf';
import { HASH_SIZE } from '../merkle/hashing';
import { consistencyProof } from '../merkle/proofs';
import { verifyConsistency } from '../merkle/verify';
import { explainLeafMismatch } from './audit-leaf-mismatch';
import type { AuditFailure } from './audit-report';
import { PostgresNodeSource } from './node-table';
import type { Queryable } from './queryable';
import { readSealedLeaves } from './sealed-leaves';

/** The leaves since the last signed size that matched: where the log stood then. */
export interface VerifiedPrefix {
  /** The global position of the prefix's last event (null: the empty prefix). */
  readonly after: GlobalPosition | null;
  readonly frontier: MerkleFrontier;
}

type Described = Pick<RecordedEvent, 'eventId' | 'streamId' | 'version'>;

/**
 * The recomputed tree of `signedSize` leaves misses the signed root: find the first leaf that is
 * not the one signed. Binary search over prefix sizes k: the first k recomputed leaves are right
 * exactly when a consistency proof from k to the signed size (from the stored nodes) links their
 * root to the signed root. Stored nodes are only trusted through that signed root.
 */
export async function firstBadLeaf(
  db: Queryable,
  store: EventStore,
  prefix: VerifiedPrefix,
  signedSize: number,
  signedRoot: Uint8Array,
  pageSize: number,
): Promise<AuditFailure> {
  const start = prefix.frontier.size;
  const { leaves, events, recomputed } = await recomputeLeaves(db, store, prefix, signedSize - start, pageSize);
  const rootAt = (k: number) => {
    const frontier = prefix.frontier.clone();
    for (let i = 0; i < k - start; i++) frontier.append(leaves.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
    return frontier.root();
  };
  const nodes = new PostgresNodeSource(db);
  const matches = async (k: number) => {
    try {
      return verifyConsistency(k, signedSize, rootAt(k), signedRoot, await consistencyProof(k, signedSize, nodes));
    } catch {
      return false; // a node the proof needs is gone: nothing after `start` can be shown right
    }
  };
  let good = start;
  let bad = signedSize;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (await matches(mid)) good = mid;
    else bad = mid;
  }
  const event = events[good - start]!;
  const sealed = (await readSealedLeaves(db, good, good + 1)).get(good);
  const reason =
    sealed && sealed.eventId !== event.eventId
      ? `leaf ${good} was sealed for event ${sealed.eventId}, but the log now has event ${event.eventId} there ` +
        `(stream ${event.streamId} version ${event.version}): an event was removed or reordered`
      : (explainLeafMismatch(event, good, sealed, recomputed(good - start)) ??
        `event ${event.eventId} (stream ${event.streamId} version ${event.version}, leaf ${good}) is not what the ` +
          `checkpoint of tree size ${signedSize} signed (root ${toBase64(signedRoot)}): it was changed after it was sealed`);
  return { eventId: event.eventId, leafIndex: good, reason };
}

/** The leaves after `prefix` recomputed from the events and the sealer's salts; `recomputed(i)` rebuilds the i-th in full. */
async function recomputeLeaves(
  db: Queryable,
  store: EventStore,
  prefix: VerifiedPrefix,
  count: number,
  pageSize: number,
): Promise<{ leaves: Buffer; events: Described[]; recomputed: (i: number) => LedgerLeaf }> {
  const start = prefix.frontier.size;
  const leaves = Buffer.alloc(count * HASH_SIZE);
  const events: RecordedEvent[] = [];
  const salts: Uint8Array[] = [];
  let at = prefix.after;
  while (events.length < count) {
    const page = await store.readAll({ after: at, limit: Math.min(pageSize, count - events.length) });
    if (page.length === 0) throw new Error(`the log shrank while it was audited: ${events.length} of ${count} events read again`);
    const from = start + events.length;
    const sealed = await readSealedLeaves(db, from, from + page.length);
    for (const event of page) {
      const index = start + events.length;
      const salt = sealed.get(index)?.salt;
      if (!salt) throw new Error(`leaf ${index} is no longer in the ledger: event ${event.eventId} cannot be recomputed`);
      leaves.set(ledgerLeaf(event, salt).leafHash, events.length * HASH_SIZE);
      events.push(event);
      salts.push(salt);
    }
    at = page[page.length - 1]!.globalPosition;
  }
  return { leaves, events, recomputed: (i) => ledgerLeaf(events[i]!, salts[i]!) };
}

/** A checkpoint signs more leaves than the log holds: name the first missing one by the sealer's record. */
export async function missingLeaves(db: Queryable, logSize: number, signedSize: number): Promise<AuditFailure> {
  const sealed = (await readSealedLeaves(db, logSize, logSize + 1)).get(logSize);
  return {
    eventId: sealed?.eventId ?? null,
    leafIndex: logSize,
    reason:
      `a checkpoint signs ${signedSize} leaves but the log holds ${logSize} events: ` +
      (sealed ? `event ${sealed.eventId}, sealed as leaf ${logSize}, is missing` : `leaf ${logSize} onwards are missing`),
  };
}
