import { attr, elementsUnder, elementChildren, HEADINGS, type Element, type Node } from './dom.js';
import { isFurniture, textLength } from './furniture.js';

/** Ids and classes content management systems give the content column (WordPress, Drupal, GOV.UK, Umbraco). */
const CONTENT_IDS = new Set(
  'content main-content maincontent main primary page-content content-main main-container contentarea'.split(
    ' ',
  ),
);
const CONTENT_CLASSES = new Set(
  (
    'entry-content post-content page-content article-body article-content field--name-body node__content ' +
    'main-content content-area body-content rich-text govuk-main-wrapper main-body page-body content-body'
  ).split(' '),
);

/**
 * The part of a saved web page that holds the response: `<main>` or `role=main`, else the content
 * column a CMS names, else the one `<article>` with most text, else the element holding most
 * paragraph text. Each must hold a fair share of the page's text, or the next way is tried.
 */
export function mainContent(document: Node): Element | null {
  const all = [...elementsUnder(document)];
  const body = all.find((e) => e.tagName === 'body') ?? null;
  if (!body) return null;
  const total = textLength(body);
  const fair = (e: Element | undefined) =>
    e !== undefined && textLength(e) >= Math.min(200, 0.25 * total) && textLength(e) > 0;
  const ways: (() => Element | undefined)[] = [
    () => all.find((e) => e.tagName === 'main' && fair(e)),
    () => all.find((e) => attr(e, 'role') === 'main' && fair(e)),
    () => all.find((e) => CONTENT_IDS.has((attr(e, 'id') ?? '').toLowerCase()) && fair(e)),
    () => all.find((e) => classes(e).some((c) => CONTENT_CLASSES.has(c)) && fair(e)),
    () => largest(all.filter((e) => e.tagName === 'article' && fair(e))),
    () => mostParagraphText(all, body),
  ];
  for (const way of ways) {
    const found = way();
    if (found) return found;
  }
  return body;
}

function classes(e: Element): string[] {
  return (attr(e, 'class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function largest(list: Element[]): Element | undefined {
  return list.sort((a, b) => textLength(b) - textLength(a))[0];
}

const PARAGRAPHS = new Set(['p', 'ul', 'ol', 'table', 'blockquote', 'dl', ...HEADINGS]);

/** The element whose own paragraphs, lists and tables hold most text; the body when none holds much. */
function mostParagraphText(all: Element[], body: Element): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const e of all) {
    if (isFurniture(e, body)) continue;
    const score = elementChildren(e)
      .filter((c) => PARAGRAPHS.has(c.tagName))
      .reduce((n, c) => n + textLength(c), 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best && textLength(best) >= 0.4 * textLength(body) ? best : body;
}
