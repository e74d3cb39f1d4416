import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { escapeFormula, type CsvCell } from './csv-cells';

/**
 * The rows as CSV text (RFC 4180, CRLF, a header row first; none when there are no columns, an empty list), produced as the reader takes it: rows are
 * pulled from `rows` only as fast as the stream is read, so a long export holds no more than a buffer.
 */
export function csvStream(columns: readonly string[], rows: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>): Readable {
  const text = stringify({ header: columns.length > 0, columns: columns.map(escapeFormula), record_delimiter: 'windows' });
  const source = Readable.from(rows, { objectMode: true });
  source.on('error', (error) => text.destroy(error));
  return source.pipe(text);
}
