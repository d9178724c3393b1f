import mammoth from 'mammoth';
import type { Adapted } from '../record-text.js';
import { readHtml } from '../html/read-html.js';

/** A Word document through mammoth's HTML (headings, lists, bold and tables kept), then read as a web page. */
export async function readDocx(bytes: Uint8Array): Promise<Adapted> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return readHtml(value);
}
