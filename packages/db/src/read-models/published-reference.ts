import { sql, type SQL } from 'drizzle-orm';

/**
 * The report's own number for a published finding ("3"), as its version's snapshot froze it: published_findings
 * keeps the wording but not the number, and a draft's number may have changed since. Null where none was given.
 */
export function publishedReference(versionId: SQL | string, ref: SQL | string): SQL<string | null> {
  const v = typeof versionId === 'string' ? sql.raw(versionId) : versionId;
  const r = typeof ref === 'string' ? sql.raw(ref) : ref;
  return sql<string | null>`(select f->>'reference'
    from record_versions frozen, jsonb_array_elements(frozen.snapshot->'record'->'findings') f
    where frozen.id = ${v} and f->>'ref' = ${r} limit 1)`;
}
