import { attr, HEADINGS, rawText, type Element } from './dom.js';

/**
 * Page furniture: what a site puts around and beside its content (navigation, banners, breadcrumbs,
 * cookie notices, share buttons, forms). Left out of the record text without a word.
 */

/** Never prose, wherever they are. */
const CODE = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
]);
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'complementary',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);
/** Words of class names and ids that CMS themes give furniture ("govuk-breadcrumbs", "cookie-banner"). */
const FURNITURE_WORDS = new Set(
  (
    'breadcrumb breadcrumbs skip skiplink skiplinks cookie cookies consent gdpr share sharing social ' +
    'print feedback pagination pager sidebar navbar nav navigation menu megamenu related newsletter ' +
    'masthead topbar toolbar backtotop sronly offscreen'
  ).split(' '),
);
const FURNITURE_CLASSES =
  /visually-hidden|sr-only|screen-reader|back-to-top|site-header|site-footer/i;

/** Text length of an element, computed once. */
const lengths = new WeakMap<Element, number>();
export function textLength(el: Element): number {
  let n = lengths.get(el);
  if (n === undefined) {
    n = rawText(el).replace(/\s+/g, ' ').trim().length;
    lengths.set(el, n);
  }
  return n;
}

function isCode(el: Element): boolean {
  return CODE.has(el.tagName);
}

/**
 * Furniture by tag, role, class or id; but never an element holding half the text of `root` (an
 * ASP.NET page wraps everything in a form, a theme calls its content column "has-sidebar").
 */
export function isFurniture(el: Element, root: Element): boolean {
  if (isCode(el)) return true;
  // A saved accordion's section titles are buttons inside headings; any other button is a control.
  if (el.tagName === 'button') return !within(el, HEADINGS);
  const named =
    FURNITURE_TAGS.has(el.tagName) ||
    (el.tagName === 'header' && !within(el, CONTENT)) ||
    FURNITURE_ROLES.has(attr(el, 'role') ?? '') ||
    attr(el, 'aria-hidden') === 'true' ||
    namesFurniture(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`);
  return named && textLength(el) < 0.5 * textLength(root);
}

/** A header inside the content (an article's title) is content; the site's header is not. */
const CONTENT = new Set(['main', 'article', 'section']);

function within(el: Element, tags: ReadonlySet<string>): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode)
    if (tags.has(p.tagName)) return true;
  return false;
}

function namesFurniture(names: string): boolean {
  if (FURNITURE_CLASSES.test(names)) return true;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((w) => FURNITURE_WORDS.has(w));
}
