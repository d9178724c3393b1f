import mammoth from 'mammoth';
import { parseFragment } from 'parse5';
import { ContentWriter } from '../html/content-writer.js';
import { finish } from '../html/read-html.js';
import type { Adapted } from '../record-text.js';
import { droppedContent } from './mammoth-messages.js';
import { transformWordDocument } from './word-transform.js';

/** Word's styles as HTML: headings (and the title) by style, lists by numbering (mammoth's default map). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * A Word document through mammoth's HTML: headings, lists with nesting, bold, links and tables kept,
 * then written as record text like a web page's content. Running headers and footers are not in
 * mammoth's output, so they never reach the record. What mammoth drops is reported.
 */
export async function readDocx(bytes: Uint8Array): Promise<Adapted> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: STYLE_MAP,
      transformDocument: transformWordDocument,
      // Images cannot be held in the record: an empty src keeps the place and alt text to report.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  const w = new ContentWriter({
    source: 'Word document',
    keepTabs: true,
    numberLists: false,
    isFurniture: () => false,
  });
  w.flow(parseFragment(result.value).childNodes);
  return finish(w, droppedContent(result.messages));
}
