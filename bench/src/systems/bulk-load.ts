/** Text expressions for the generated rows: cheap to compute, so a million rows take seconds, not minutes. */
const uuidOf = (prefix: string, n: string) => `('00000000-0000-4000-${prefix}-' || lpad(to_hex(${n}), 12, '0'))`;

/** Bulk rows `g` in [from, from + count): stream `g % streams` at version `g / streams + 1`, recorded 150 s apart from 2019 on. */
export interface BulkRange {
  readonly from: number;
  readonly count: number;
  readonly streams: number;
}

export const bulkStreamId = (range: BulkRange) => uuidOf('a000', `g % ${range.streams}`);
export const bulkEventId = () => uuidOf('8000', 'g');
export const bulkCorrelationId = () => uuidOf('9000', 'g');
export const bulkVersion = (range: BulkRange) => `(g / ${range.streams})::int + 1`;
export const bulkRecordedAt = () => `timestamptz '2019-01-01T00:00:00Z' + g * interval '150 seconds'`;
/** About 250 bytes, the size of a typical event's data. */
export const bulkData = (range: BulkRange) =>
  `'{"victimRef":"v' || (g / ${range.streams} + 1) || '","occurredAt":"2021-11-08T09:30:00+02:00","sex":"female","ageGroup":"adult",` +
  `"nationality":"LS","form":"labour","identifiedBy":"ngo","subjectRef":null,"personal":null}'`;
export const bulkSeries = (range: BulkRange) => `generate_series(${range.from}, ${range.from + range.count - 1}) AS g`;

/** One INSERT … SELECT of `range` in casetrail's `events` shape (the raw table has the same columns, but no stream kind). */
export function bulkEventsSql(table: string, range: BulkRange, streamKind = false): string {
  return `
    INSERT INTO ${table} (event_id, ${streamKind ? 'stream_kind, ' : ''}stream_id, version, type, schema_version, data, occurred_at, recorded_at,
                          actor_id, actor_role, correlation_id, causation_id)
    SELECT ${bulkEventId()}::uuid, ${streamKind ? "'case', " : ''}${bulkStreamId(range)}, ${bulkVersion(range)}, 'VictimIdentified', 1, ${bulkData(range)},
           '2021-11-08T09:30:00+02:00', ${bulkRecordedAt()},
           '7c0b1d2e-4f7a-4c1e-9a55-3f1e2d4c5b6a', 'investigator', ${bulkCorrelationId()}, NULL
      FROM ${bulkSeries(range)}`;
}
