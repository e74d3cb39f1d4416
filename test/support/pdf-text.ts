/** pdfjs-dist ships ES modules only; loaded as such (jest runs with --experimental-vm-modules). */
const loadPdfjs = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>;

/** The text of every page of a PDF, page by page, each page's text items joined by spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjs('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: pdfjs.VerbosityLevel.ERRORS }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}
