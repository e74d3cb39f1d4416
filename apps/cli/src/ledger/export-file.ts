import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fromBase64, leafHash, MalformedError, MerkleFrontier, openLedgerEntry } from '@casetrail/ledger';
import { NotVerified } from './proof-files';

/** What an export file recomputes to: how many leaves it holds and the root at each size asked for. */
export interface RecomputedExport {
  readonly leaves: number;
  readonly roots: ReadonlyMap<number, Uint8Array>;
  readonly root: Uint8Array;
}

const EXPECTED_KEYS = ['entry', 'eventId', 'leafIndex'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A line that is not what GET /v1/events writes, named by its line and leaf. */
const badLine = (line: number, problem: string) => new NotVerified(`line ${line} (leaf ${line - 1}): ${problem}`);

/** The entry bytes of one line of `GET /v1/events`, checked as far as a line can be on its own. */
function entryOf(text: string, line: number): Uint8Array {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badLine(line, 'is not JSON (a line cut short, or altered)');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badLine(line, 'is not a JSON object');
  const { leafIndex, eventId, entry } = parsed as Record<string, unknown>;
  if (Object.keys(parsed).sort().join() !== EXPECTED_KEYS.join()) throw badLine(line, `has members ${Object.keys(parsed).join(', ')}, not leafIndex, eventId, entry`);
  if (leafIndex !== line - 1) throw badLine(line, `says leaf ${JSON.stringify(leafIndex)}: the export is every leaf from 0 in order, so line ${line} is leaf ${line - 1}`);
  if (typeof eventId !== 'string' || !UUID.test(eventId)) throw badLine(line, 'eventId is not a lowercase UUID');
  if (typeof entry !== 'string') throw badLine(line, 'entry is not base64 text');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(entry);
  } catch {
    throw badLine(line, 'entry is not canonical base64');
  }
  try {
    const opened = openLedgerEntry(bytes);
    const named = opened.publicPart?.eventId;
    if (typeof named === 'string' && named !== eventId) throw badLine(line, `the entry is event ${named}, the line says ${eventId}`);
  } catch (error) {
    if (error instanceof MalformedError) throw badLine(line, error.message);
    throw error;
  }
  return bytes;
}

/**
 * Reads an export line by line (never whole: memory stays flat however long it is), checks each line, and
 * recomputes the RFC 9162 tree over its entries, keeping the root at each size in `sizes`.
 */
export async function recomputeExport(file: string, sizes: ReadonlySet<number>, progress: (leaves: number) => void): Promise<RecomputedExport> {
  const frontier = MerkleFrontier.empty();
  const roots = new Map<number, Uint8Array>();
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    frontier.append(leafHash(entryOf(text, line)));
    if (sizes.has(frontier.size)) roots.set(frontier.size, frontier.root());
    if (frontier.size % 100_000 === 0) progress(frontier.size);
  }
  return { leaves: frontier.size, roots, root: frontier.root() };
}
