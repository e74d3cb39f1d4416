import { readFileSync } from 'node:fs';
import { startEmbedded, type EmbeddedServer } from './embedded';
import { openDatabase } from './open-database';
import type { Database } from './database';

/**
 * The embedded database's one-connection rule (open-database.ts): pglite-socket interleaves the messages of
 * concurrent connections, so a PGlite, even one reached by URL with a pool size asked for, is spoken to over
 * one connection. Many concurrent statements of different shapes then all answer right.
 */
(process.env.DATABASE_URL ? describe.skip : describe)('the embedded database over one connection', () => {
  let server: EmbeddedServer;
  let database: Database;

  beforeAll(async () => {
    server = await startEmbedded({ template: new Blob([readFileSync(process.env.CASETRAIL_TEST_TEMPLATE!)]) }, 8);
    database = await openDatabase({ url: server.url, dataDir: '/nonexistent', poolSize: 10 });
  });
  afterAll(async () => {
    await database.close();
    await server.stop();
  });

  it('is known as embedded when reached by URL', () => {
    expect(database.embedded).toBe(true);
  });

  it('answers 60 concurrent statements of different shapes, each with its own values', async () => {
    const asked = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? database.pool.query('SELECT $1::int + $2::int + $3::int AS n', [i, 1, 2]).then((r) => Number(r.rows[0].n))
        : i % 3 === 1
          ? database.pool.query('SELECT length($1::text) AS n', ['x'.repeat(i)]).then((r) => Number(r.rows[0].n))
          : database.pool.query('SELECT $1::int * 2 AS n', [i]).then((r) => Number(r.rows[0].n)),
    );
    const answers = await Promise.allSettled(asked);
    const expected = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? i + 3 : i % 3 === 1 ? i : i * 2));
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : String(a.reason)))).toEqual(expected);
  });
});
