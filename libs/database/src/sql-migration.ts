import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { MigrationClass } from './migrate';

/** What undoing a migration does: run these statements in order, or refuse with this message. */
export type SqlMigrationDown = readonly string[] | { readonly refuse: string };

/**
 * A migration that is SQL only: `up` runs its statements in order, `down` runs its own or refuses. The class
 * and its instances carry `name` (TypeORM reads the instance's name, and the timestamp at its end).
 */
export function sqlMigration(name: string, sql: { up: readonly string[]; down: SqlMigrationDown }): MigrationClass {
  const up = [...sql.up];
  const down = 'refuse' in sql.down ? { refuse: sql.down.refuse } : [...sql.down];
  const migration = class implements MigrationInterface {
    readonly name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await runInOrder(queryRunner, up);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      if ('refuse' in down) throw new Error(down.refuse);
      await runInOrder(queryRunner, down);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}

async function runInOrder(queryRunner: QueryRunner, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await queryRunner.query(statement);
}
