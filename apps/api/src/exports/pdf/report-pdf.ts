import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { isPlainObject, leavesOf, valueAt } from '../csv/csv-cells';
import { REPORT_DEFINITIONS } from './report-definitions';

/** The ledger tree the figures were computed from, and how the document knows it. */
export interface ReportCheckpoint {
  readonly treeSize: number;
  readonly rootHash: string;
  /** `computed`: the report's own; `latest`: the latest signed checkpoint when the document was made. */
  readonly source: 'computed' | 'latest';
}

/** The answer's context, printed first rather than as figures. */
const CONTEXT = new Set(['period', 'from', 'to', 'knownAt', 'scope', 'complete', 'suppressedBelow', 'disclosure', 'checkpoint']);

interface Disclosure { shownFrom?: number; roundedTo?: number; maxDifference?: number; suppressedBelow?: number; appliesTo?: string[] }

const LEFT = 50;
const BOTTOM = 790;

/** A figure as printed: a withheld donor figure says what it hides, never a number. */
function printed(value: unknown, path: string, disclosure: Disclosure | null): string {
  if (value === null || value === undefined) {
    const withheld = disclosure?.appliesTo?.some((root) => path === root || path.startsWith(`${root}.`));
    return withheld ? `fewer than ${disclosure!.shownFrom}` : '-';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The government-action report as a PDF (pdfkit): scope, period, the ledger checkpoint, every figure with the
 * previous period beside it, the suppression rule when a donor asked, and what each figure means.
 */
export function reportPdf(report: Record<string, unknown>, checkpoint: ReportCheckpoint | null): Readable {
  const doc = new PDFDocument({ size: 'A4', margin: LEFT, info: { Title: `Government action, ${String(report.period)}`, Author: 'casetrail' } });
  const disclosure = isPlainObject(report.disclosure) ? (report.disclosure as Disclosure) : null;
  const previous = isPlainObject(report.previous) ? report.previous : {};
  const district = valueAt(report, 'scope.district');

  doc.font('Helvetica-Bold').fontSize(16).text('Evidence of government action against trafficking in persons');
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`Period ${String(report.period)}: ${String(report.from)} up to ${String(report.to)} (previous: ${String(previous.period ?? '-')})`);
  doc.text(`Scope: ${typeof district === 'string' ? `district ${district}` : 'national'}`);
  doc.text(`As known at ${String(report.knownAt)}; ${report.complete === true ? 'complete' : 'not complete: figures may still change'}`);
  if (checkpoint === null) doc.text('Ledger: no checkpoint has been signed yet.');
  else {
    const which = checkpoint.source === 'computed' ? 'the figures were computed at' : '(the latest signed when this document was made)';
    doc.text(`Ledger checkpoint ${which}: tree size ${checkpoint.treeSize},`);
    doc.text(`root hash ${checkpoint.rootHash}`); // a line of its own: a base64 hash must not wrap at its slashes
  }
  if (disclosure) {
    doc.moveDown(0.5).font('Helvetica-Bold').text('Suppression rule for donors').font('Helvetica');
    doc.text(
      `Figures about victims (${(disclosure.appliesTo ?? []).join(', ')}) are rounded to a multiple of ${disclosure.roundedTo}, ` +
        `at most ${disclosure.maxDifference} from the true count; a rounded value below ${disclosure.shownFrom} is withheld and printed ` +
        `"fewer than ${disclosure.shownFrom}". No figure about fewer than ${disclosure.suppressedBelow} people is given. Other figures are exact.`,
    );
  }

  doc.moveDown().font('Helvetica-Bold');
  let y = doc.y;
  const row = (figure: string, value: string, before: string) => {
    if (y > BOTTOM) {
      doc.addPage();
      y = doc.y;
    }
    doc.text(figure, LEFT, y, { width: 290, lineBreak: false });
    doc.text(value, LEFT + 300, y, { width: 100, lineBreak: false });
    doc.text(before, LEFT + 400, y, { width: 100, lineBreak: false });
    y += 13;
  };
  row('Figure', String(report.period), String(previous.period ?? 'previous'));
  doc.font('Helvetica');
  const figures = Object.fromEntries(Object.entries(report).filter(([key]) => !CONTEXT.has(key) && key !== 'previous'));
  for (const [path] of leavesOf(figures)) row(path, printed(valueAt(report, path), path, disclosure), printed(valueAt(previous, path), path, disclosure));

  doc.addPage().font('Helvetica-Bold').fontSize(12).text('Definitions').fontSize(10);
  for (const [figure, meaning] of REPORT_DEFINITIONS) {
    doc.moveDown(0.4).font('Helvetica-Bold').text(figure).font('Helvetica').text(meaning);
  }
  doc.end();
  return doc;
}
