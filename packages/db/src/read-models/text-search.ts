import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * Stored rich text as words for ts_headline: tags become spaces. Entities stay encoded here (decoded, a `&lt;b&gt;`
 * in the text would read as a tag to PostgreSQL's parser and vanish); the domain's `escapeSnippet` decodes them.
 */
export function plainTextOfHtml(html: SQLWrapper | SQL): SQL {
  return sql`regexp_replace(${html}, '<[^>]*>', ' ', 'g')`;
}

/** The words a person typed, in web-search syntax (quotes, `or`, `-word`), as an English tsquery. */
export function webSearch(q: string): SQL {
  return sql`websearch_to_tsquery('english', ${q})`;
}
