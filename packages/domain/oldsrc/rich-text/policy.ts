/**
 * The one allow-list for rich text (summaries, findings, updates, responses, comments). The server
 * sanitises with it when it writes, the admin editor offers only these, the codec uses it on import.
 * Attributes are listed in the order canonical output writes them. No `rel` is added to links: with
 * no `target` allowed, links open in the same tab and there is no opener to protect.
 */
export const RICH_TEXT_POLICY = {
  // prettier-ignore
  tags: [
    'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'a', 'h2', 'h3', 'h4', 'blockquote',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  attributes: {
    a: ['href'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  } as Readonly<Record<string, readonly string[]>>,
  linkSchemes: ['http', 'https', 'mailto'],
  maxHrefLength: 2048,
  /** colspan and rowspan run from 1 to this. */
  maxSpan: 100,
  scopes: ['row', 'col', 'rowgroup', 'colgroup'],
  /** Dropped with everything inside them: their content is code, chrome or raw markup, never prose. */
  // prettier-ignore
  droppedWithContent: [
    'script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript',
    'textarea', 'select', 'title', 'head', 'xmp', 'noembed', 'noframes', 'plaintext', 'applet',
    'frameset',
  ],
  /** Deeper elements are unwrapped: keeps pathological input from costing stack depth anywhere. */
  maxNesting: 100,
} as const;

const ALLOWED_TAGS: ReadonlySet<string> = new Set(RICH_TEXT_POLICY.tags);
const DROPPED_TAGS: ReadonlySet<string> = new Set(RICH_TEXT_POLICY.droppedWithContent);

export const isAllowedRichTextTag = (tag: string): boolean => ALLOWED_TAGS.has(tag);
export const isDroppedRichTextTag = (tag: string): boolean => DROPPED_TAGS.has(tag);

// Tab, newline and other controls are ignored inside URLs by browsers, so they must not hide a scheme.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f]+/g;

/**
 * The link target we will publish, cleaned (controls removed, trimmed, scheme lower-cased), or null
 * unless it is an absolute http(s) URL with a host or a mailto URL. Relative and protocol-relative
 * URLs are refused: rich text is shown on other sites and in exports, where they would break.
 * Takes the attribute value with entities already decoded, as `tokenizeHtml` gives it.
 */
// URL is a global in Node and every browser, but in neither ES lib: name it without pulling in DOM or Node types.
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => unknown }).URL;

export function safeRichTextHref(value: string): string | null {
  const url = value.replace(CONTROLS, '').trim();
  const colon = url.indexOf(':');
  if (colon < 0 || url.length > RICH_TEXT_POLICY.maxHrefLength) return null;
  const scheme = url.slice(0, colon).replace(/\s+/g, '').toLowerCase();
  const rest = url.slice(colon + 1);
  if (scheme === 'mailto') return rest.trim() === '' ? null : `mailto:${rest}`;
  if (scheme !== 'http' && scheme !== 'https') return null;
  if (!/^\/\/[^/\\?#\s]/.test(rest)) return null;
  const cleaned = `${scheme}:${rest}`;
  try {
    new WhatwgUrl(cleaned);
  } catch {
    return null;
  }
  return cleaned;
}

/** colspan/rowspan as a plain decimal within policy, else null. */
function span(value: string): string | null {
  const v = value.trim();
  if (!/^[0-9]{1,4}$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 && n <= RICH_TEXT_POLICY.maxSpan ? String(n) : null;
}

function cleanAttribute(name: string, value: string): string | null {
  switch (name) {
    case 'href':
      return safeRichTextHref(value);
    case 'colspan':
    case 'rowspan':
      return span(value);
    case 'scope': {
      const v = value.trim().toLowerCase();
      return (RICH_TEXT_POLICY.scopes as readonly string[]).includes(v) ? v : null;
    }
    default:
      return null;
  }
}

/** The attributes the policy keeps for `tag`, cleaned, in canonical order. */
export function cleanRichTextAttributes(
  tag: string,
  attrs: Readonly<Record<string, string>>,
): [name: string, value: string][] {
  const kept: [string, string][] = [];
  for (const name of RICH_TEXT_POLICY.attributes[tag] ?? []) {
    const raw = Object.hasOwn(attrs, name) ? attrs[name] : undefined;
    const value = raw === undefined ? null : cleanAttribute(name, raw);
    if (value !== null) kept.push([name, value]);
  }
  return kept;
}
