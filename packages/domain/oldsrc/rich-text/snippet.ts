import { decodeEntities, escapeText } from './entities.js';

/**
 * A search engine's highlighted snippet (PostgreSQL's ts_headline over stored rich text, entities still encoded)
 * as safe HTML: its own <mark> tags kept, the text between decoded once and escaped once.
 */
export function escapeSnippet(snippet: string): string {
  return snippet
    .split(/(<\/?mark>)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(decodeEntities(part))))
    .join('');
}
