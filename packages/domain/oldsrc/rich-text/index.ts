export { RICH_TEXT_POLICY, safeRichTextHref } from './policy.js';
export { tokenizeHtml, type HtmlToken } from './tokenizer.js';
export { decodeEntities, escapeHtml, escapeText } from './entities.js';
export { sanitizeRichText, sanitizeSubItems } from './sanitize.js';
export { plainTextToRichText, richTextToPlainText, isBlankRichText } from './plain-text.js';
export { escapeSnippet } from './snippet.js';
export { blankSubItemField } from './plain-text.js';
export { cleanRichText, cleanSubItems, type CleanRichTextErrorCode } from './clean.js';
