import { escapeHtml, sanitizeRichText } from '@irr/domain';

/** Markup that is already safe: built by `html`, or sanitised rich text. Everything else is escaped. */
export class Safe {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Part = Safe | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Safe) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

/** Tagged template: interpolated values are escaped unless they are `Safe`. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Safe {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Safe(out);
}

/** Rich text from a published record: sanitised when written, sanitised again here (defence in depth). */
export function richText(value: string | null | undefined): Safe {
  return new Safe(value ? sanitizeRichText(value) : '');
}

/** Search snippets: the API escaped all but its own <mark> tags; keep only those. */
export function snippet(value: string | null): Safe {
  if (!value) return new Safe('');
  return new Safe(value.replace(/<(?!\/?mark>)/g, '&lt;'));
}
