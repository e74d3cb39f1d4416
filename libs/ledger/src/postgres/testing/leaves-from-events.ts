import type { EventStore } from '@casetrail/event-store';
import { ledgerLeaf } from '../../leaf/ledger-leaf';
import type { Queryable } from '../queryable';
import { wholeLog } from './whole-log';

/** Every leaf hash recomputed from the events as stored and the salts the sealer kept (every event must be sealed). */
export async function leavesFromEvents(db: Queryable, store: EventStore): Promise<Uint8Array[]> {
  const log = await wholeLog(store);
  const { rows } = await db.query<{ event_id: string; salt: Buffer }>('SELECT event_id, salt FROM ledger_leaves');
  const salts = new Map(rows.map((row) => [row.event_id, new Uint8Array(row.salt)]));
  return log.map((event) => {
    const salt = salts.get(event.eventId);
    if (!salt) throw new Error(`event ${event.eventId} is not sealed`);
    return ledgerLeaf(event, salt).leafHash;
  });
}
