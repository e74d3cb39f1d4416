import { sqlMigration } from '@casetrail/database';

/**
 * Streams of more than one kind (cases, claims, users, the access log): every event names its stream's
 * kind, and versions count within (kind, id). Every event stored before this was a case event. Adding
 * a column with a default rewrites no row, so the append-only trigger is not involved.
 */
export const StreamKinds1733000100001 = sqlMigration('StreamKinds1733000100001', {
  up: [
    `
      ALTER TABLE events ADD COLUMN stream_kind text NOT NULL DEFAULT 'case'
        CONSTRAINT events_stream_kind_known CHECK (stream_kind IN ('case', 'claim', 'user', 'access'))`,
    'ALTER TABLE events ALTER COLUMN stream_kind DROP DEFAULT',
    'ALTER TABLE events DROP CONSTRAINT events_stream_version_unique',
    'ALTER TABLE events ADD CONSTRAINT events_stream_version_unique UNIQUE (stream_kind, stream_id, version)',
  ],
  down: { refuse: 'forward only' },
});
