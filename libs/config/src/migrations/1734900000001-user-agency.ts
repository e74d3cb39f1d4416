import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agency a user works for (a police station, the DPP's office, an NGO), so an event's actor has a
 * name and a place; and the order users were created in. */
export class UserAgency1734900000001 implements MigrationInterface {
  name = 'UserAgency1734900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users ADD COLUMN agency text NULL');
    // The order users were created in, whatever the clock said: the list's keyset, which a cursor pins.
    await queryRunner.query('ALTER TABLE users ADD COLUMN list_order bigserial');
    await queryRunner.query('CREATE UNIQUE INDEX users_list_order ON users (list_order)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE users DROP COLUMN list_order, DROP COLUMN agency');
  }
}
