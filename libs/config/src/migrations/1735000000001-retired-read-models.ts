import { sqlMigration } from '@casetrail/database';

/** The read models no longer kept: their lists are answered from the case list (docs/lists.md). */
const RETIRED = ['summonses', 'dpp_backlog'];
const like = RETIRED.map((name) => `'rm\\_${name.replace(/_/g, '\\_')}\\_%'`).join(', ');

/**
 * The `summonses` and `dpp_backlog` projections' views, every generation's tables and their bookkeeping rows
 * dropped: no route read them, and each event was still applied to them. Undoing it needs nothing: a
 * version that keeps them builds them again from the event log when it starts.
 */
export const RetiredReadModels1735000000001 = sqlMigration('RetiredReadModels1735000000001', {
  up: [
    `DO $$
     DECLARE relation record;
     BEGIN
       FOR relation IN SELECT viewname AS name FROM pg_views WHERE schemaname = current_schema() AND viewname LIKE ANY (ARRAY[${like}]) LOOP
         EXECUTE format('DROP VIEW %I', relation.name);
       END LOOP;
       FOR relation IN SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE ANY (ARRAY[${like}]) LOOP
         EXECUTE format('DROP TABLE %I', relation.name);
       END LOOP;
     END $$`,
    `DELETE FROM projection_generations WHERE projection IN (${RETIRED.map((name) => `'${name}'`).join(', ')})`,
  ],
  down: [],
});
