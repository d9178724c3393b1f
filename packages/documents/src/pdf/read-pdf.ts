import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Adapted } from '../record-text.js';
import type { PageText } from './page-text.js';
import { readPageText } from './pdf-runs.js';
import { recordTextOf } from './record-text-of.js';

/** A PDF's text layer as record text (see `recordTextOf`); a damaged or encrypted file throws. */
export async function readPdf(bytes: Uint8Array): Promise<Adapted> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PageText[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPageText(await doc.getPage(n)));
  } finally {
    await doc.destroy();
  }
  return recordTextOf(pages);
}
