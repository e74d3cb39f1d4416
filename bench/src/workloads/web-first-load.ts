import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths';

export interface WebSizes {
  /** Synthetic cases the seeded service holds (the demo data set's size in the full run). */
  readonly cases: number;
  /** Fresh browsers, each loading the page cold then warm. */
  readonly runs: number;
}

/** What `npm run measure:web` (test/browser/tools/first-load.tool.ts) writes. */
export interface FirstLoad {
  readonly cases: number;
  readonly runs: number;
  readonly firstLoadBytes: { readonly raw: number; readonly gzip: number; readonly files: readonly { file: string; raw: number; gzip: number }[] };
  readonly firstChartMs: { readonly coldMedian: number; readonly warmMedian: number; readonly cold: readonly number[]; readonly warm: readonly number[] };
}

export type WebFirstLoadResult = { readonly measured: true; readonly load: FirstLoad } | { readonly measured: false; readonly reason: string };

const CHROMIUM = process.env.CASETRAIL_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The page's first load in Debian's chromium, by the tool that measures it by hand (`npm run measure:web`), run as
 * a process of its own; without chromium there is nothing to measure, and the answer says so instead of failing.
 */
export async function runWebFirstLoad(sizes: WebSizes): Promise<WebFirstLoadResult> {
  if (!existsSync(CHROMIUM)) return { measured: false, reason: `chromium absent (${CHROMIUM})` };
  const folder = mkdtempSync(join(tmpdir(), 'casetrail-first-load-'));
  const out = join(folder, 'first-load.json');
  try {
    const env = { ...process.env, CASETRAIL_MEASURE_RUNS: String(sizes.runs), CASETRAIL_DEMO_CASES: String(sizes.cases), CASETRAIL_MEASURE_OUT: out };
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'measure:web'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0 || !existsSync(out)) throw new Error(`npm run measure:web exited ${code} without a measurement`);
    return { measured: true, load: JSON.parse(readFileSync(out, 'utf8')) as FirstLoad };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
