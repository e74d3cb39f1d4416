import type { Pool } from 'pg';
import type { ConsistencyProofOf, InclusionProofOf } from '@casetrail/contract';
import type { EventStore } from '@casetrail/event-store';
import { consistencyProof, inclusionProof } from '../merkle/proofs';
import { assertTreeSize } from '../merkle/tree-math';
import { EventNotSealedError, TreeSizeNotSealedError } from './errors';
import { privatePartBytes } from '../leaf/private-part';
import { PostgresNodeSource } from './node-table';
import { readSealedLeafOf } from './sealed-leaves';
import { sealedSize } from './sealed-tree';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a client needs to check that event `eventId` is leaf `leafIndex` of the tree of `treeSize` leaves. */
export interface InclusionProof extends InclusionProofOf<Uint8Array> {
  readonly eventId: string;
}

export type ConsistencyProof = ConsistencyProofOf<Uint8Array>;

/** Inclusion and consistency proofs read from the stored nodes: one query per proof, never the whole log. */
export class LedgerProofs {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
  ) {}

  /** The size proofs may be asked for: how many events are sealed. */
  sealedSize(): Promise<number> {
    return sealedSize(this.pool);
  }

  async inclusion(eventId: string, treeSize: number): Promise<InclusionProof> {
    assertTreeSize('treeSize', treeSize);
    await this.assertSealed(treeSize);
    if (!UUID.test(eventId)) throw new EventNotSealedError(eventId, null);
    const leaf = await readSealedLeafOf(this.pool, eventId);
    if (!leaf) throw new EventNotSealedError(eventId, null);
    const { leafIndex } = leaf;
    if (leafIndex >= treeSize) throw new EventNotSealedError(eventId, treeSize);
    const event = await this.store.readEvent(eventId);
    if (!event) throw new Error(`event ${eventId} is sealed as leaf ${leafIndex} but the store does not have it`);
    return {
      eventId,
      leafIndex,
      leafHash: leaf.hash,
      entry: leaf.entry,
      privatePart: privatePartBytes(event),
      salt: leaf.salt,
      auditPath: await inclusionProof(leafIndex, treeSize, new PostgresNodeSource(this.pool)),
      treeSize,
    };
  }

  async consistency(from: number, to: number): Promise<ConsistencyProof> {
    assertTreeSize('from', from);
    assertTreeSize('to', to);
    if (from > to) throw new RangeError(`from (${from}) is above to (${to})`);
    await this.assertSealed(to);
    return { from, to, proof: await consistencyProof(from, to, new PostgresNodeSource(this.pool)) };
  }

  private async assertSealed(treeSize: number): Promise<void> {
    const sealed = await sealedSize(this.pool);
    if (treeSize > sealed) throw new TreeSizeNotSealedError(treeSize, sealed);
  }
}
