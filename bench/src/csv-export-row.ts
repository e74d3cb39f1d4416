import type { Outcome } from './outcome';
import type { Row } from './report';
import type { CsvExportResult } from './workloads/csv-export';

/** Live heap growth an export may show and still be called flat: a few buffers, not the rows. */
export const FLAT_HEAP_MB = 16;

/** The table's row for the CSV export: rows per second, and the live heap across it. */
export function csvExportRow(outcome: Outcome<CsvExportResult>, rows: number): Row {
  const workload = `9. CSV export, ${rows.toLocaleString('en-US')} case-list rows streamed (csv-stringify, formula escape)`;
  const unit = 'rows/s; live heap MB';
  if (!outcome.ok) {
    return { workload, unit, casetrail: `error: ${outcome.error.split('\n')[0]}`, raw: 'n/a', emmett: 'n/a', comparison: '', target: '', verdict: 'FAILED' };
  }
  const r = outcome.result;
  return {
    workload, unit,
    casetrail: `${Math.round(r.rowsPerSecond).toLocaleString('en-US')} rows/s (${(r.bytes / 2 ** 20).toFixed(1)} MB); ` +
      `live heap ${r.liveHeapMb.join(' → ')} (+${r.growthMb.toFixed(1)} at most)`,
    raw: 'n/a', emmett: 'n/a', comparison: '', target: `flat: live heap grows < ${FLAT_HEAP_MB} MB`,
    verdict: r.growthMb < FLAT_HEAP_MB ? 'met' : 'missed',
  };
}
