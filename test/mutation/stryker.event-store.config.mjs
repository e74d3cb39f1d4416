import { area } from './stryker.common.mjs';

/**
 * `npm run mutation -- event-store`: the PostgreSQL event store's order and version checks, against its contract
 * and race specs on the database of DATABASE_URL. SQL text is a string literal, not mutated (stryker.common.mjs):
 * the TypeScript that builds and checks around it is.
 */
export default area('event-store', {
  coverageAnalysis: 'perTest',
  // Line ranges: re-point them when these functions move.
  mutate: [
    // A unique violation told apart, the batch checked, the append and its retries, the careful path.
    'libs/event-store/src/postgres/postgres-event-store.ts:17-29',
    'libs/event-store/src/postgres/postgres-event-store.ts:54-77',
    'libs/event-store/src/postgres/postgres-event-store.ts:88-109',
    // Reading in commit-safe global order below the horizon.
    'libs/event-store/src/postgres/postgres-event-store.ts:134-146',
    // The expected version as the insert's parameters (not the columns mapped beside them), a retried append
    // recognised, the current version.
    'libs/event-store/src/postgres/append-statements.ts:31-42',
    'libs/event-store/src/postgres/append-statements.ts:53-102',
    // Comparing and decoding global positions.
    'libs/event-store/src/port/global-position.ts:31-50',
  ],
  timeoutMS: 20000,
});
