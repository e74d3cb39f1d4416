import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_CHART_MARK } from '../../../apps/web/src';
import { browse } from '../support/chromium';
import { signIn } from '../support/page-actions';
import { startSeededService, type SeededService } from '../support/seeded-service';

const WEB = join(__dirname, '../../../dist/web');
const RUNS = Number(process.env.CASETRAIL_MEASURE_RUNS ?? 7);
const CASES = Number(process.env.CASETRAIL_DEMO_CASES ?? 300);

/** The page and every asset it references: what a first visit downloads before any data. */
function firstLoadBytes(): { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number } {
  const html = readFileSync(join(WEB, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files = [{ file: 'index.html', bytes: html }, ...assets.map((file) => ({ file, bytes: readFileSync(join(WEB, file)) }))].map(
    ({ file, bytes }) => ({ file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }),
  );
  return { files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * `npm run measure:web`: the first load's bytes (raw, as the service sends them today, and gzip -9), and the time
 * from navigation to the first chart on screen (the page's `casetrail:first-chart` mark) on the demo data set,
 * signed in as a donor opening Government action: cold (nothing cached) and warm (assets cached), medians of RUNS.
 * CASETRAIL_MEASURE_RUNS and CASETRAIL_DEMO_CASES change the runs and the cases; CASETRAIL_MEASURE_OUT names a file for the result.
 */
describe('the web page\'s first load', () => {
  let service: SeededService;
  beforeAll(async () => {
    service = await startSeededService(CASES);
  });
  afterAll(() => service.close());

  it('is measured', async () => {
    const bytes = firstLoadBytes();
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const browsing = await browse();
      try {
        await signIn(browsing.page, service.base, service.tokens.donor);
        for (const [list, cache] of [[cold, 'no-store'], [warm, 'default']] as const) {
          const page = await browsing.page.context().newPage();
          const client = await page.context().newCDPSession(page);
          await client.send('Network.setCacheDisabled', { cacheDisabled: cache === 'no-store' });
          await page.goto(`${service.base}/#/government-action`);
          const at = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, FIRST_CHART_MARK);
          list.push(Math.round((await at.jsonValue()) as number));
          await page.close();
        }
      } finally {
        await browsing.close();
      }
    }
    const result = {
      command: 'npm run measure:web',
      cases: CASES,
      runs: RUNS,
      firstLoadBytes: bytes,
      firstChartMs: { coldMedian: median(cold), warmMedian: median(warm), cold, warm },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    // `npm run bench` reads the result from this file (its workload "web").
    if (process.env.CASETRAIL_MEASURE_OUT) writeFileSync(process.env.CASETRAIL_MEASURE_OUT, JSON.stringify(result));
    expect(cold).toHaveLength(RUNS);
  });
});
