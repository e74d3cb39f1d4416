import type { Outcome } from './outcome';
import type { Row } from './report';
import type { WebFirstLoadResult } from './workloads/web-first-load';

/** The first load's budget: what a donor on a slow line downloads before any data, and how long until a chart shows. */
export const FIRST_LOAD_GZIP_KB = 150;
export const FIRST_CHART_COLD_MS = 3000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The table's row for the web page's first load: bytes (gzip and as sent) and time to the first chart, cold and warm. */
export function webFirstLoadRow(outcome: Outcome<WebFirstLoadResult>): Row {
  const base = { raw: 'n/a', emmett: 'n/a', comparison: '', target: `≤ ${FIRST_LOAD_GZIP_KB} kB gzip; first chart < ${FIRST_CHART_COLD_MS} ms cold` };
  const unit = 'bytes; ms to the first chart, median';
  if (!outcome.ok) return { ...base, workload: '11. web page, first load', unit, casetrail: `error: ${outcome.error.split('\n')[0]}`, verdict: 'FAILED' };
  const result = outcome.result;
  if (!result.measured) return { ...base, workload: '11. web page, first load', unit, casetrail: `not measured: ${result.reason}`, verdict: 'not measured' };
  const { firstLoadBytes: bytes, firstChartMs: chart, cases, runs } = result.load;
  return {
    ...base,
    workload: `11. web page, first load (donor, Government action, ${cases} cases, ${runs} browsers)`,
    unit,
    casetrail: `${kb(bytes.gzip)} gzip (${kb(bytes.raw)} as sent, ${bytes.files.length} files); first chart ${chart.coldMedian} ms cold, ${chart.warmMedian} ms warm`,
    verdict: bytes.gzip <= FIRST_LOAD_GZIP_KB * 1000 && chart.coldMedian < FIRST_CHART_COLD_MS ? 'met' : 'missed',
  };
}
