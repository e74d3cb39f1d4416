import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import type { Database } from '@casetrail/database';
import { PostgresEventStore } from '@casetrail/event-store';
import { CheckpointSigner, CoveringCheckpoint, generateSigningKey, LedgerSealer } from '@casetrail/ledger';
import { readModelRunner } from '@casetrail/read-models';
import { BareAnswers, type Answer, type BareUser } from './bare-answers';

/**
 * The limit the API is measured against (issue #19): node:http and pg, no framework, answering the bench's
 * request mix with the same libraries, and doing the same work beside it in the same process (the projections
 * and the ledger's sealer follow the log). Run by the bench: `node -r aliases bare-server.js` with
 * DATABASE_URL and PORT.
 */
const url = process.env.DATABASE_URL!;
const pool = new Pool({ connectionString: url, max: 10 });
const store = new PostgresEventStore(pool, { prepare: true, announce: true });
const database: Database = { pool, url, embedded: false } as Database;
const runner = readModelRunner(database, store, { batchSize: 500, onOwnershipChange: () => undefined, onError: (c, e) => console.error(c, e) });
const sealer = new LedgerSealer(pool, store, { listenUrl: url });
const key = generateSigningKey('casetrail/bench-bare');
const signer = new CheckpointSigner(pool, key);
const checkpoints = new CoveringCheckpoint(sealer, signer, { waitMs: 2_000, sealerRunsHere: true });
const answers = new BareAnswers(pool, store, { keyName: key.name, keyId: key.keyId }, checkpoints);

async function caller(request: IncomingMessage): Promise<BareUser | null> {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query<BareUser>(
    `SELECT user_id AS "userId", role, district FROM users WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
    [createHash('sha256').update(token, 'utf8').digest('hex')],
  );
  return rows[0] ?? null;
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
}

async function answer(request: IncomingMessage): Promise<Answer> {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://bare.invalid');
  if (pathname === '/health') return { status: 200, body: { projections: await runner.lag() } };
  const user = await caller(request);
  if (!user) return { status: 401, body: { code: 'UNAUTHENTICATED' } };
  const parts = pathname.split('/').filter(Boolean); // v1, cases, :id, victims
  if (request.method === 'POST') {
    const command = pathname === '/v1/cases'
      ? answers.command(user, randomUUID(), 'ReferCase', await bodyOf(request))
      : parts[1] === 'cases' && parts[3] === 'victims' && parts.length === 4
        ? answers.command(user, parts[2]!, 'IdentifyVictim', await bodyOf(request))
        : null;
    if (!command) return { status: 404, body: { code: 'NOT_FOUND' } };
    const answered = await command;
    // As the service does on its event bus: the followers look now rather than at their next poll.
    runner.wake();
    sealer.wake();
    return answered;
  }
  if (parts[1] === 'cases' && parts.length === 3) return answers.caseView(parts[2]!, false);
  if (parts[1] === 'cases' && parts[3] === 'timeline' && parts.length === 4) return answers.caseView(parts[2]!, true);
  if (pathname === '/v1/caseload') return answers.caseload(user);
  if (pathname === '/v1/summonses') return answers.summonses(user, searchParams.get('district'));
  if (pathname === '/v1/reports/government-action') return answers.report(user, searchParams.get('period') ?? '');
  return { status: 404, body: { code: 'NOT_FOUND' } };
}

function reply(response: ServerResponse, { status, body }: Answer): void {
  const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function main(): Promise<void> {
  await runner.start();
  sealer.start();
  const server = createServer((request, response) => {
    answer(request).then(
      (answered) => reply(response, answered),
      (error: unknown) => reply(response, { status: 500, body: { code: 'INTERNAL', message: String(error) } }),
    );
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    void Promise.all([runner.stop(), sealer.stop()]).then(() => pool.end()).then(() => process.exit(0));
  });
}

void main();
