import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { decodeEntities, escapeText } from '@irr/domain';

/**
 * Stored rich text as words for ts_headline: tags become spaces. Entities stay encoded here (decoded, a `&lt;b&gt;`
 * in the text would read as a tag to PostgreSQL's parser and vanish); `escapeSnippet` decodes them.
 */
export function plainTextOfHtml(html: SQLWrapper | SQL): SQL {
  return sql`regexp_replace(${html}, '<[^>]*>', ' ', 'g')`;
}

/** A ts_headline snippet as safe HTML: its own <mark> tags kept, the text between decoded once and escaped once. */
export function escapeSnippet(snippet: string): string {
  return snippet
    .split(/(<\/?mark>)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(decodeEntities(part))))
    .join('');
}
