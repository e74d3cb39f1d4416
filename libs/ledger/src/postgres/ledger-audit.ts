import type { Pool } from 'pg';
import type { EventStore, GlobalPosition, RecordedEvent } from '@casetrail/event-store';
import { bytesEqual } from '../encoding';
import { ledgerLeaf, type LedgerLeaf } from '../leaf/ledger-leaf';
import { MerkleFrontier } from '../merkle/frontier';
import { signedHeads, storedToVerify } from './audit-checkpoints';
import { explainLeafMismatch } from './audit-leaf-mismatch';
import { readLogPage } from './audit-log';
import { firstBadLeaf, missingLeaves, type VerifiedPrefix } from './audit-pinpoint';
import { earliest, type AuditFailure, type AuditProgress, type AuditReport } from './audit-report';
import { allCheckpoints } from './checkpoint-rows';
import { readSealedLeaves, type SealedLeaf } from './sealed-leaves';
import { sealedSize } from './sealed-tree';

export interface AuditOptions {
  /** The log's origin: the checkpoints' first line, and the signing key's name. */
  readonly origin: string;
  /** Verifier keys (`name+id+base64`) trusted for the checkpoints: several across a key rotation. */
  readonly verifierKeys: readonly string[];
  /** Signed checkpoint notes the auditor kept: they must verify too, whether or not the database still has them. */
  readonly knownCheckpoints?: readonly string[];
  readonly pageSize?: number;
  readonly onProgress?: (progress: AuditProgress) => void;
}

/**
 * Recomputes every sealed leaf from the events as the store returns them and the salts the sealer
 * kept, ignoring every stored hash and entry, and checks the recomputed tree against the root of every
 * signed checkpoint, and each stream's versions for gaps. Leaves beyond the last checkpoint, which no
 * signature covers yet, are compared with what the sealer stored for them. Events not sealed yet are
 * not in the ledger and are not audited. Stops at the first bad event.
 */
export async function auditLedger(pool: Pool, store: EventStore, options: AuditOptions): Promise<AuditReport> {
  const pageSize = options.pageSize ?? 1000;
  const checkpoints = await allCheckpoints(pool);
  const kept = (options.knownCheckpoints ?? []).map((note, i) => ({ label: `kept checkpoint ${i + 1}`, note }));
  const heads = signedHeads([...checkpoints.map(storedToVerify), ...kept], options);
  const sizes = 'reason' in heads ? [] : [...heads.keys()].sort((a, b) => a - b);
  const frontier = MerkleFrontier.empty();
  let verified = 0;
  const finish = (failure: AuditFailure | null): AuditReport => ({
    events: frontier.size,
    checkpoints: checkpoints.length + kept.length,
    treeSizesVerified: verified,
    largestCheckpoint: sizes.length > 0 ? sizes[sizes.length - 1]! : null,
    failure,
  });
  if ('reason' in heads) return finish(heads);

  const total = await sealedSize(pool); // the events in the ledger: those not sealed yet are not audited
  const lastSigned = sizes[sizes.length - 1] ?? 0;
  const streams = new Map<string, number>();
  let versionProblem: AuditFailure | null = null;
  let prefix: VerifiedPrefix = { after: null, frontier: frontier.clone() };
  let next = 0;
  if (sizes[0] === 0) {
    verified++;
    next++;
  }
  let after: GlobalPosition | null = null;
  let unsealedReached = false;
  while (!unsealedReached) {
    const page = await readLogPage(store, pool, after, pageSize);
    if (!Array.isArray(page)) {
      const unreadable = { eventId: page.eventId, leafIndex: frontier.size, reason: `the store cannot read event ${page.eventId}: ${page.error}` };
      return finish(earliest(versionProblem, unreadable));
    }
    if (page.length === 0) break;
    const sealed = await readSealedLeaves(pool, frontier.size, frontier.size + page.length);
    for (const event of page) {
      const index = frontier.size;
      const claim = sealed.get(index);
      if (!claim) {
        if (index < lastSigned) return finish(earliest(versionProblem, saltMissing(event, index, lastSigned)));
        unsealedReached = true; // this event and those after it are not sealed yet
        break;
      }
      versionProblem ??= versionGap(streams, event, index);
      let leaf: LedgerLeaf;
      try {
        leaf = ledgerLeaf(event, claim.salt);
      } catch (error) {
        return finish(earliest(versionProblem, { eventId: event.eventId, leafIndex: index, reason: `event ${event.eventId} has no ledger entry: ${(error as Error).message}` }));
      }
      frontier.append(leaf.leafHash);
      if (index >= lastSigned && (claim.eventId !== event.eventId || !bytesEqual(claim.hash, leaf.leafHash))) {
        return finish(earliest(versionProblem, unsignedMismatch(event, index, claim, leaf)));
      }
      if (sizes[next] === frontier.size) {
        const root = heads.get(frontier.size)!;
        if (!bytesEqual(frontier.root(), root)) {
          return finish(earliest(versionProblem, await firstBadLeaf(pool, store, prefix, frontier.size, root, pageSize)));
        }
        verified++;
        next++;
        if (versionProblem) return finish(versionProblem);
        prefix = { after: event.globalPosition, frontier: frontier.clone() };
      }
      after = event.globalPosition;
    }
    options.onProgress?.({ events: frontier.size, total: Math.max(total, frontier.size), checkpointsVerified: verified });
  }
  if (versionProblem) return finish(versionProblem);
  if (next < sizes.length) return finish(await missingLeaves(pool, frontier.size, lastSigned));
  return finish(null);
}

/** Each stream's (kind and id) versions run 1, 2, 3, ... in the global order; the first event breaking that, if this one does. */
function versionGap(streams: Map<string, number>, event: RecordedEvent, leafIndex: number): AuditFailure | null {
  const stream = `${event.streamKind}/${event.streamId}`;
  const last = streams.get(stream) ?? 0;
  streams.set(stream, event.version);
  if (event.version === last + 1) return null;
  const what =
    last === 0
      ? `stream ${event.streamId} starts at version ${event.version}, not 1`
      : event.version <= last
        ? `stream ${event.streamId} has version ${event.version} after version ${last}`
        : `stream ${event.streamId} jumps from version ${last} to ${event.version}`;
  return { eventId: event.eventId, leafIndex, reason: `event ${event.eventId} (leaf ${leafIndex}): ${what}` };
}

function unsignedMismatch(event: RecordedEvent, leafIndex: number, sealed: SealedLeaf, leaf: LedgerLeaf): AuditFailure {
  const reason =
    sealed.eventId !== event.eventId
      ? `leaf ${leafIndex} was sealed for event ${sealed.eventId}, but the log now has event ${event.eventId} there: an event was removed or reordered`
      : (explainLeafMismatch(event, leafIndex, sealed, leaf) ??
        `event ${event.eventId} (stream ${event.streamId} version ${event.version}, leaf ${leafIndex}) differs from what was sealed for it ` +
          '(after the last signed checkpoint)');
  return { eventId: event.eventId, leafIndex, reason };
}

/** A leaf under a signed checkpoint whose stored row (and so its salt) is gone: its event cannot be recomputed. */
function saltMissing(event: RecordedEvent, leafIndex: number, signedSize: number): AuditFailure {
  return {
    eventId: event.eventId,
    leafIndex,
    reason: `leaf ${leafIndex} is signed (a checkpoint covers ${signedSize} leaves) but the ledger no longer holds it or its salt: event ${event.eventId} cannot be recomputed`,
  };
}
