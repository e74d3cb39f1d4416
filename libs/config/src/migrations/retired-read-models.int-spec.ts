import type { QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { RetiredReadModels1735000000001 } from './1735000000001-retired-read-models';

const relations = async (db: TestDatabase) =>
  (await db.pool.query<{ name: string }>(
    `SELECT viewname AS name FROM pg_views WHERE schemaname = current_schema() AND viewname LIKE 'rm\\_%'
     UNION ALL SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'rm\\_%' ORDER BY 1`,
  )).rows.map((row) => row.name);

describe('retiring the summonses and dpp_backlog read models (a migration)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('given a database an earlier version kept them in, drops their views, every generation and their rows, and nothing else', async () => {
    const kept = ['rm_caseload_cases', 'rm_caseload_cases_g1', 'rm_summons_other_g1'];
    const retired = ['rm_summonses_cases_g1', 'rm_summonses_summonses_g1', 'rm_summonses_summonses_g2', 'rm_dpp_backlog_cases_g3'];
    for (const table of [...kept.slice(1), ...retired]) await db.pool.query(`CREATE TABLE ${table} (case_id uuid)`);
    for (const view of ['rm_summonses_summonses', 'rm_dpp_backlog_cases']) await db.pool.query(`CREATE VIEW ${view} AS SELECT 1 AS one`);
    await db.pool.query(`CREATE VIEW ${kept[0]} AS SELECT * FROM ${kept[1]}`);
    await db.pool.query(
      `INSERT INTO projection_generations (projection, generation, status, checkpoint)
       VALUES ('summonses', 2, 'active', '0:0'), ('dpp_backlog', 3, 'active', '0:0'), ('caseload', 1, 'active', '0:0')`,
    );

    const runner = { query: (sql: string) => db.pool.query(sql) } as unknown as QueryRunner;
    await new RetiredReadModels1735000000001().up(runner);

    expect(await relations(db)).toEqual([...kept].sort());
    const { rows } = await db.pool.query<{ projection: string }>('SELECT projection FROM projection_generations ORDER BY 1');
    expect(rows.map((row) => row.projection)).toEqual(['caseload']);
  });
});
