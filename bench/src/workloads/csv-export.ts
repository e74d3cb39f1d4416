import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cellOf, csvStream, valueAt } from '../../../apps/api/src';

export interface CsvExportSizes {
  readonly rows: number;
}

export interface CsvExportResult {
  readonly rows: number;
  readonly bytes: number;
  readonly rowsPerSecond: number;
  /** Live heap (after a full GC) at each tenth of the export, MB; the first is before it starts. */
  readonly liveHeapMb: readonly number[];
  /** The largest live heap during the export minus the one before it, MB. */
  readonly growthMb: number;
}

const COLUMNS = ['caseId', 'district', 'form', 'stage', 'referredAt', 'lastEventAt', 'accusedCount', 'openFlags', 'court'];
const DISTRICTS = ['berea', 'leribe', 'maseru', 'mafeteng', 'quthing'];

/** A case-list row, varied enough that quoting and the formula escape both happen. */
function* caseRows(count: number): Generator<readonly string[]> {
  for (let n = 0; n < count; n++) {
    const row = {
      caseId: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      district: DISTRICTS[n % DISTRICTS.length],
      form: n % 3 === 0 ? 'labour' : 'sex',
      stage: 'before_dpp',
      referredAt: new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString(),
      lastEventAt: n % 7 === 0 ? null : new Date(Date.UTC(2021, 0, 1) + n * 60_000).toISOString(),
      accusedCount: n % 4,
      openFlags: n % 5 === 0 ? ['stalled_at_dpp', 'docket_missing'] : [],
      court: n % 11 === 0 ? '=Maseru, "Court" 1' : 'Maseru Magistrate Court',
    };
    yield COLUMNS.map((column) => cellOf(valueAt(row, column)));
  }
}

/** Reads the export as a client would, keeping nothing but a count. */
const counting = (onChunk: (bytes: number) => void) =>
  new Writable({ write: (chunk: Buffer, _encoding, done) => (onChunk(chunk.length), done()) });

/** `rows` case-list rows through the export's CSV stream: rows per second, and the live heap as it goes. */
export async function runCsvExport(sizes: CsvExportSizes): Promise<CsvExportResult> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const liveMb = () => (gc(), process.memoryUsage().heapUsed / 2 ** 20);

  let bytes = 0;
  const start = process.hrtime.bigint();
  await pipeline(csvStream(COLUMNS, caseRows(sizes.rows)), counting((n) => (bytes += n)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  // Again, measuring the live heap at every tenth (a separate pass: the collections would slow the first).
  const tenth = Math.max(1, Math.floor(sizes.rows / 10));
  const samples = [liveMb()];
  let read = 0;
  await pipeline(csvStream(COLUMNS, (function* () {
    for (const row of caseRows(sizes.rows)) {
      if (++read % tenth === 0) samples.push(liveMb());
      yield row;
    }
  })()), counting(() => undefined));
  const rounded = samples.map((mb) => Math.round(mb * 10) / 10);
  return { rows: sizes.rows, bytes, rowsPerSecond: sizes.rows / seconds, liveHeapMb: rounded, growthMb: Math.max(...samples) - samples[0]! };
}
