import type { PoolClient } from 'pg';

export type Queryable = Pick<PoolClient, 'query'>;

/** Serialises the creation of epochs (the first one, and each turnover's next one) across processes. */
export const EPOCH_CREATION_LOCK = `SELECT pg_advisory_xact_lock(hashtext('casetrail.key-epochs'))`;

/**
 * In the caller's transaction: the active epoch, share-locked. Whoever writes a data key under it holds
 * this lock until commit, and a turnover takes the row exclusively to retire it: so no key is written under
 * an epoch after the turnover started moving keys out of it.
 */
export async function lockActiveEpoch(client: Queryable): Promise<string> {
  // A lock that waited on a turnover finds its row retiring and the new one outside its snapshot: ask again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const { rows } = await client.query<{ epoch_id: string }>(`SELECT epoch_id FROM key_epochs WHERE state = 'active' FOR SHARE`);
    if (rows[0]) return rows[0].epoch_id;
  }
  throw new Error('no active key epoch: the personal-data keys were not opened');
}
