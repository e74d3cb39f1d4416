import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each projection's generations stand: which one answers queries and how far each has read. */
export class ProjectionGenerations1732800000200 implements MigrationInterface {
  name = 'ProjectionGenerations1732800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_generations (
        projection      text NOT NULL,
        generation      integer NOT NULL,
        status          text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
        checkpoint      text NOT NULL DEFAULT '0:0',
        events_applied  bigint NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL DEFAULT now(),
        activated_at    timestamptz NULL,
        updated_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, generation)
      )`);
    await queryRunner.query(
      "CREATE UNIQUE INDEX projection_generations_one_active ON projection_generations (projection) WHERE status = 'active'",
    );
    await queryRunner.query(
      "CREATE UNIQUE INDEX projection_generations_one_building ON projection_generations (projection) WHERE status = 'building'",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_generations');
  }
}
