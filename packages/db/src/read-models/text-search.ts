import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * Stored rich text as words for ts_headline: tags become spaces. Entities stay encoded here (decoded, a `&lt;b&gt;`
 * in the text would read as a tag to PostgreSQL's parser and vanish); the domain's `escapeSnippet` decodes them.
 */
export function plainTextOfHtml(html: SQLWrapper | SQL): SQL {
  return sql`regexp_replace(${html}, '<[^>]*>', ' ', 'g')`;
}

/**
 * The words a person typed, in web-search syntax (quotes, `or`, `-word`), as a tsquery: the English stems (as
 * before: "vetted" finds "vetting"), or else every word as the beginning of a word as written, so a word half
 * typed finds it ("recommenda" finds "recommendation", which the stem "recommend" alone cannot). The search
 * vectors hold both forms (migration 0018). The prefixes are added to the unstemmed query's text form, which
 * quotes each word ('word', a quote inside doubled).
 */
export function webSearch(q: string): SQL {
  const simple = sql`websearch_to_tsquery('simple', ${q})`;
  // An empty query (stop words only) stays empty without casting '' (which PostgreSQL reports as a notice).
  const begun = sql`coalesce(nullif(regexp_replace(${simple}::text, '''((?:[^'']|'''')*)''', '''\\1'':*', 'g'), '')::tsquery, ${simple})`;
  return sql`(websearch_to_tsquery('english', ${q}) || ${begun})`;
}
