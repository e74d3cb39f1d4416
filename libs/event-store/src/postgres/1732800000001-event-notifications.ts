import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tells listeners (projectors in other processes) that events were committed: NOTIFY is sent at commit. */
export class EventNotifications1732800000001 implements MigrationInterface {
  name = 'EventNotifications1732800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION casetrail_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('casetrail_events', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION casetrail_notify_events()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER events_notify ON events');
    await queryRunner.query('DROP FUNCTION casetrail_notify_events()');
  }
}
