import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commits are announced by the writer after they commit (`CommitAnnouncer`, coalesced),
 * no longer by a trigger in every appending transaction: a NOTIFY takes PostgreSQL's notification-queue
 * lock at commit, which serialised concurrent appends (8 writers: 2,900 → 5,300 appends/s without it).
 */
export class AnnouncedCommits1732800000002 implements MigrationInterface {
  name = 'AnnouncedCommits1732800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS events_notify ON events');
    await queryRunner.query('DROP FUNCTION IF EXISTS casetrail_notify_events()');
  }

  async down(): Promise<void> {
    throw new Error('forward only');
  }
}
