import { RichText } from '../model/common.js';
import type { SubItem } from '../model/index.js';
import { err, ok, type DomainError, type Result } from '../result.js';
import { isBlankRichText } from './plain-text.js';
import { isAllowedRichTextTag } from './policy.js';
import { sanitizeRichText } from './sanitize.js';
import { tokenizeHtml } from './tokenizer.js';

export type CleanRichTextErrorCode = 'EMPTY_TEXT' | 'TEXT_TOO_LONG';

const MAX = RichText.maxLength ?? Infinity;

/**
 * Rich text as it will be stored, or why it cannot be: blank where text is required, blank once
 * cleaned although something was written (only an image, a script, an embed: the writer would lose
 * it without a word), or longer than a rich-text field holds once cleaned (escaping `<` as `&lt;`
 * makes text longer, so a field within the limit as sent can exceed it as stored).
 */
export function cleanRichText(
  html: string,
  field: string,
  /** When the text may not be blank: what to tell the writer. */
  { required }: { required?: string } = {},
): Result<string, DomainError<CleanRichTextErrorCode>> {
  const cleaned = sanitizeRichText(html);
  if (isBlankRichText(cleaned)) {
    if (required) return err({ code: 'EMPTY_TEXT', message: required, field });
    if (hadContent(html)) {
      return err({
        code: 'EMPTY_TEXT',
        message:
          'Nothing of this text is left once markup the register does not keep (images, scripts, embeds) is removed: write it as text',
        field,
      });
    }
  }
  if (cleaned.length > MAX) {
    return err({
      code: 'TEXT_TOO_LONG',
      message: `This text is ${cleaned.length.toLocaleString('en-GB')} characters once cleaned (markup escaped), more than the ${MAX.toLocaleString('en-GB')} a field holds: shorten it`,
      field,
    });
  }
  return ok(cleaned);
}

/** A finding's sub-items cleaned at every depth, or the first one (by its path) that cannot be stored. */
export function cleanSubItems(
  items: readonly SubItem[],
  at = 'subItems',
): Result<SubItem[], DomainError<CleanRichTextErrorCode>> {
  const cleaned: SubItem[] = [];
  for (const [i, item] of items.entries()) {
    const text = cleanRichText(item.text, `${at}.${i}.text`, {
      required: 'A sub-item needs some text: remove it, or give it words',
    });
    if (!text.ok) return text;
    const children = cleanSubItems(item.children, `${at}.${i}.children`);
    if (!children.ok) return children;
    cleaned.push({ text: text.value, children: children.value });
  }
  return ok(cleaned);
}

/** Words, or markup the allow-list drops: something a writer put there, unlike an empty paragraph. */
function hadContent(html: string): boolean {
  return tokenizeHtml(html).some((t) =>
    t.type === 'text' ? t.text.trim() !== '' : !isAllowedRichTextTag(t.tag),
  );
}
