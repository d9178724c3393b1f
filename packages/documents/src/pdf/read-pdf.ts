import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RecordTextWriter, type Adapted } from '../record-text.js';

interface Item {
  str: string;
  y: number;
}

/** A PDF's text layer, page by page, one line of record text per line of the page. */
export async function readPdf(bytes: Uint8Array): Promise<Adapted> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const out = new RecordTextWriter();
  try {
    for (let page = 1; page <= doc.numPages; page++) {
      const content = await (await doc.getPage(page)).getTextContent();
      const lines = new Map<number, string[]>();
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item: Item = { str: raw.str, y: Math.round(raw.transform[5] as number) };
        lines.set(item.y, [...(lines.get(item.y) ?? []), item.str]);
      }
      let paragraph = 0;
      for (const y of [...lines.keys()].sort((a, b) => b - a)) {
        const text = lines.get(y)!.join('').trim();
        if (text) out.line(text, { page, paragraph: ++paragraph });
      }
    }
  } finally {
    await doc.destroy();
  }
  const adapted = out.finish();
  if (adapted.ok && adapted.text.trim() === '')
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          line: 1,
          field: 'file',
          code: 'NO_TEXT_LAYER',
          message:
            'this PDF has no text layer (it is a scan or a picture of pages); run it through text recognition (OCR) first, or import the document it was made from',
        },
      ],
    };
  return adapted;
}
