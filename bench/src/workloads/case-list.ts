import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { CaseListRow } from '@casetrail/read-models';
import { percentile } from '../stats';
import { caseListRows } from './case-list-rows';
import { call, freePort, waitUntilCaughtUp } from './api-load';
import { startService } from './http-api';

export interface CaseListSizes {
  readonly cases: number;
  /** Timed requests of each kind (after a few untimed ones). */
  readonly requests: number;
}

export interface CaseListResult {
  readonly cases: number;
  readonly loadSeconds: number;
  /** The whole list walked by cursor, 500 a page: pages, and whether it saw every case exactly once. */
  readonly walk: { readonly pages: number; readonly seconds: number };
  readonly filteredFirstPage: { readonly query: string; readonly items: number; readonly p50Ms: number; readonly p99Ms: number };
  readonly deepCursorPage: { readonly depth: number; readonly items: number; readonly p50Ms: number; readonly p99Ms: number };
}

type Page = { items: { caseId: string }[]; nextCursor: string | null };

const FILTER = { district: 'maseru', stage: 'in_prosecution' } as const;
const PAGE = 50;

/** Inserts the rows in batches of 1,000 into the case list's view (its active generation's table). */
async function bulkLoad(url: string, count: number): Promise<CaseListRow[]> {
  const pool = new Pool({ connectionString: url, max: 1 });
  const rows: CaseListRow[] = [];
  try {
    let batch: CaseListRow[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const columns = Object.keys(batch[0]!) as (keyof CaseListRow)[];
      const values: unknown[] = [];
      const tuples = batch.map((row) => `(${columns.map((column) => `$${values.push(row[column])}`).join(', ')})`);
      await pool.query(`INSERT INTO rm_case_list_cases (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
      batch = [];
    };
    for (const row of caseListRows(count)) {
      rows.push({ ...row, events: '' });
      batch.push(row);
      if (batch.length === 1000) await flush();
    }
    await flush();
    // As a table built over time would be: vacuumed (its visibility map set, so an index-only scan needs no heap
    // visit) and analysed; autovacuum would otherwise start on these 100,000 fresh rows in the middle of the timing.
    await pool.query('VACUUM (ANALYZE)'); // every table: the case list is a view of its active generation's table
  } finally {
    await pool.end();
  }
  return rows;
}

/** The ids the list must answer: the rows filtered and in the default order (referral, then id). */
function expected(rows: readonly CaseListRow[], filter: (row: CaseListRow) => boolean): string[] {
  return rows.filter(filter)
    .sort((a, b) => Number(a.referred_ms) - Number(b.referred_ms) || (a.case_id < b.case_id ? -1 : a.case_id > b.case_id ? 1 : 0))
    .map((row) => row.case_id);
}

function same(label: string, got: readonly string[], want: readonly string[]): void {
  if (got.length !== want.length || got.some((id, i) => id !== want[i])) {
    throw new Error(`${label}: the list answered ${got.length} cases that differ from the ${want.length} expected (first: ${got[0]} vs ${want[0]})`);
  }
}

/** A page; asked once more if the connection failed (a kept-alive socket the service closed while idle). */
async function page(base: string, token: string, path: string): Promise<Page> {
  try {
    return await call<Page>(base, token, 'GET', path);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return call<Page>(base, token, 'GET', path);
  }
}

async function timedRequests(base: string, token: string, path: string, count: number): Promise<{ page: Page; ms: number[] }> {
  let page: Page | null = null;
  const ms: number[] = [];
  for (let n = -5; n < count; n++) {
    const start = process.hrtime.bigint();
    page = await call<Page>(base, token, 'GET', path);
    if (n >= 0) ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { page: page!, ms };
}

/**
 * Workload 10: GET /v1/cases over HTTP with `cases` cases in the read model (loaded directly, see
 * caseListRows): a filtered first page and the last page of a cursor walk, each asked `requests` times,
 * one at a time. A wrong answer fails the workload: the walk must see every case exactly once, in order,
 * and both pages must be the ones computed from the loaded rows.
 */
export async function runCaseList(url: string, sizes: CaseListSizes): Promise<CaseListResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-bench-case-list-'));
  const adminToken = randomBytes(24).toString('hex');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = startService(url, port, adminToken, dataDir);
  try {
    await waitUntilCaughtUp(base, service);
    const token = (await call<{ token: string }>(base, adminToken, 'POST', '/v1/admin/users', { name: 'bench auditor', role: 'auditor' })).token;
    const loadStart = Date.now();
    const rows = await bulkLoad(url, sizes.cases);
    const loadSeconds = (Date.now() - loadStart) / 1000;

    process.stderr.write(`case list: ${sizes.cases} rows loaded in ${loadSeconds.toFixed(1)} s\n`);
    const walkStart = Date.now();
    const seen: string[] = [];
    let deepCursor: string | null = null;
    let deepAt = 0;
    let pages = 0;
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const walked: Page = await page(base, token, `/v1/cases?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      pages++;
      seen.push(...walked.items.map((item) => item.caseId));
      cursor = walked.nextCursor;
      if (cursor !== null) [deepCursor, deepAt] = [cursor, seen.length]; // the last page's cursor: the deepest
    }
    const walkSeconds = (Date.now() - walkStart) / 1000;
    const all = expected(rows, () => true);
    same('the cursor walk', seen, all);
    if (new Set(seen).size !== sizes.cases) throw new Error(`the cursor walk saw ${new Set(seen).size} distinct cases of ${sizes.cases}`);

    const query = `district=${FILTER.district}&stage=${FILTER.stage}&limit=${PAGE}`;
    const filtered = await timedRequests(base, token, `/v1/cases?${query}`, sizes.requests);
    same('the filtered first page', filtered.page.items.map((i) => i.caseId),
      expected(rows, (r) => r.district === FILTER.district && r.stage === FILTER.stage).slice(0, PAGE));
    const deep = await timedRequests(base, token, `/v1/cases?limit=${PAGE}&cursor=${deepCursor}`, sizes.requests);
    same('the deep cursor page', deep.page.items.map((i) => i.caseId), all.slice(deepAt, deepAt + PAGE));
    return {
      cases: sizes.cases, loadSeconds,
      walk: { pages, seconds: walkSeconds },
      filteredFirstPage: { query, items: filtered.page.items.length, p50Ms: percentile(filtered.ms, 50), p99Ms: percentile(filtered.ms, 99) },
      deepCursorPage: { depth: deepAt, items: deep.page.items.length, p50Ms: percentile(deep.ms, 50), p99Ms: percentile(deep.ms, 99) },
    };
  } catch (error) {
    const log = join(dataDir, 'service.log');
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '(no service log)';
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${cause}; the service's log ends: ${tail}`);
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => (service.exitCode !== null ? resolve(null) : service.once('exit', resolve)));
    for (const folder of [dataDir, `${dataDir}-keys`]) rmSync(folder, { recursive: true, force: true });
  }
}
