import { sqlMigration } from '@casetrail/database';

/** Where each projection's generations stand: which one answers queries and how far each has read. */
export const ProjectionGenerations1732800000200 = sqlMigration('ProjectionGenerations1732800000200', {
  up: [
    `
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
      )`,
    "CREATE UNIQUE INDEX projection_generations_one_active ON projection_generations (projection) WHERE status = 'active'",
    "CREATE UNIQUE INDEX projection_generations_one_building ON projection_generations (projection) WHERE status = 'building'",
  ],
  down: ['DROP TABLE projection_generations'],
});
