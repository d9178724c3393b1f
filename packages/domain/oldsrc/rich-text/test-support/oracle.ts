import { html as spec, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { RICH_TEXT_POLICY } from '../policy.js';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;
const ALLOWED: readonly string[] = RICH_TEXT_POLICY.tags;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** Judged by the WHATWG URL parser, as a browser would: absolute http(s) or mailto, nothing else. */
function isAllowedHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- URL parsers skip leading controls too
  if (/^[\s\u0000-\u001f]*[/\\]{2}/.test(href)) return false;
  try {
    return LINK_PROTOCOLS.includes(new URL(href).protocol);
  } catch {
    return false; // relative
  }
}

/**
 * What a spec-compliant parser (parse5) finds in sanitised output that the policy forbids; [] when
 * clean. `scriptText: 'allow'` skips the check for text that reads `<script`, for inputs that
 * legitimately contain those letters as text.
 */
export function policyViolations(
  html: string,
  scriptText: 'forbid' | 'allow' = 'forbid',
): string[] {
  const problems: string[] = [];
  const visit = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') {
        const { value } = node as DefaultTreeAdapterTypes.TextNode;
        if (scriptText === 'forbid' && /<script/i.test(value)) problems.push(`text "${value}"`);
        continue;
      }
      if (node.nodeName === '#comment' || node.nodeName === '#documentType') {
        problems.push(node.nodeName);
        continue;
      }
      const el = node as DefaultTreeAdapterTypes.Element;
      if (el.namespaceURI !== spec.NS.HTML) problems.push(`foreign <${el.tagName}>`);
      if (!ALLOWED.includes(el.tagName)) problems.push(`<${el.tagName}>`);
      const allowedAttrs = RICH_TEXT_POLICY.attributes[el.tagName] ?? [];
      for (const { name, value } of el.attrs) {
        if (!allowedAttrs.includes(name)) problems.push(`<${el.tagName} ${name}>`);
        if (name === 'href' && !isAllowedHref(value)) problems.push(`href "${value}"`);
      }
      if ('content' in el) visit((el as DefaultTreeAdapterTypes.Template).content.childNodes);
      visit(el.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return problems;
}
