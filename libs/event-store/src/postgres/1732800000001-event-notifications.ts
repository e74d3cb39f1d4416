import { sqlMigration } from '@casetrail/database';

/** Tells listeners (projectors in other processes) that events were committed: NOTIFY is sent at commit. */
export const EventNotifications1732800000001 = sqlMigration('EventNotifications1732800000001', {
  up: [
    `
      CREATE FUNCTION casetrail_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('casetrail_events', '');
        RETURN NULL;
      END $$`,
    'CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION casetrail_notify_events()',
  ],
  down: ['DROP TRIGGER events_notify ON events', 'DROP FUNCTION casetrail_notify_events()'],
});
