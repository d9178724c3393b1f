import type { RecordDiagnostic } from '@irr/domain';
import { parse } from 'parse5';
import type { Adapted } from '../record-text.js';
import { ContentWriter } from './content-writer.js';
import { decodePage } from './decode-page.js';
import type { Element } from './dom.js';
import { isFurniture } from './furniture.js';
import { mainContent } from './main-content.js';

/**
 * A saved web page as record text: its main content found (site navigation, banners, footers, cookie
 * notices and sidebars left out as page furniture), then written line by line (`ContentWriter`).
 */
export function readHtml(bytes: Uint8Array): Adapted {
  const decoded = decodePage(bytes);
  if (decoded.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: decoded.diagnostics };
  const main = mainContent(parse(decoded.text));
  const w = new ContentWriter({
    source: 'web page',
    keepTabs: false,
    numberLists: true,
    isFurniture: (el: Element) => main !== null && isFurniture(el, main),
  });
  if (main) w.flow(main.childNodes);
  return finish(w, decoded.diagnostics);
}

export function finish(w: ContentWriter, diagnostics: readonly RecordDiagnostic[]): Adapted {
  const adapted = w.out.finish();
  if (adapted.ok) adapted.diagnostics.unshift(...diagnostics);
  return adapted;
}
