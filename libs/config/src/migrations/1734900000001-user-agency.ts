import { sqlMigration } from '@casetrail/database';

/** The agency a user works for (a police station, the DPP's office, an NGO), so an event's actor has a
 * name and a place; and the order users were created in. */
export const UserAgency1734900000001 = sqlMigration('UserAgency1734900000001', {
  up: [
    'ALTER TABLE users ADD COLUMN agency text NULL',
    // The order users were created in, whatever the clock said: the list's keyset, which a cursor pins.
    'ALTER TABLE users ADD COLUMN list_order bigserial',
    'CREATE UNIQUE INDEX users_list_order ON users (list_order)',
  ],
  down: ['ALTER TABLE users DROP COLUMN list_order, DROP COLUMN agency'],
});
