import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Streams of more than one kind (cases, claims, users, the access log): every event names its stream's
 * kind, and versions count within (kind, id). Every event stored before this was a case event. Adding
 * a column with a default rewrites no row, so the append-only trigger is not involved.
 */
export class StreamKinds1733000100001 implements MigrationInterface {
  name = 'StreamKinds1733000100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE events ADD COLUMN stream_kind text NOT NULL DEFAULT 'case'
        CONSTRAINT events_stream_kind_known CHECK (stream_kind IN ('case', 'claim', 'user', 'access'))`);
    await queryRunner.query('ALTER TABLE events ALTER COLUMN stream_kind DROP DEFAULT');
    await queryRunner.query('ALTER TABLE events DROP CONSTRAINT events_stream_version_unique');
    await queryRunner.query(
      'ALTER TABLE events ADD CONSTRAINT events_stream_version_unique UNIQUE (stream_kind, stream_id, version)',
    );
  }

  async down(): Promise<void> {
    throw new Error('forward only');
  }
}
