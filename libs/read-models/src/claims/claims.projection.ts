import { decodeClaimEvent, isClaimRecord } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { CLAIMS, type ClaimRow } from './claims.tables';

/** A claim's row: it is made once and never edited (a correction would be a later event). */
export function claimRowOf(recorded: RecordedEvent): ClaimRow {
  const { event } = decodeClaimEvent(recorded);
  const { claimId: _, ...claim } = event.data;
  return {
    claim_id: recorded.streamId.toLowerCase(), event_id: recorded.eventId, made_at: event.data.madeAt, made_at_text: event.data.madeAt,
    recorded_at: recorded.recordedAt, recorded_at_text: recorded.recordedAt, claim: JSON.stringify(claim),
  };
}

/** Every claim recorded: the claims register (evaluated against the report when read). */
export const claimsProjection: Projection = {
  name: 'claims',
  tables: { claims: CLAIMS },
  indexes: (table) => [`CREATE INDEX IF NOT EXISTS ${table('claims')}_made ON ${table('claims')} (made_at DESC)`],
  handles: new Set(['ClaimMade']),

  async applyBatch({ client, table }: ProjectionContext, batch: readonly RecordedEvent[]): Promise<void> {
    const rows = batch.filter(isClaimRecord).map(claimRowOf);
    if (rows.length === 0) return;
    const column = (name: keyof ClaimRow) => rows.map((row) => row[name]);
    await client.query(
      `INSERT INTO ${table('claims')} (claim_id, event_id, made_at, made_at_text, recorded_at, recorded_at_text, claim)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[], $5::timestamptz[], $6::text[], $7::jsonb[])
       ON CONFLICT (claim_id) DO NOTHING`,
      [column('claim_id'), column('event_id'), column('made_at'), column('made_at_text'), column('recorded_at'), column('recorded_at_text'), column('claim')],
    );
  },
};
