import { FindingsQuery } from '@irr/domain';
import { PARAM } from './findings-link';

export { findingsUrlOf } from './findings-link';

const LISTS = new Set(['status', 'kind']);
const NUMBERS = new Set(['days', 'page']);

export type ParsedFindingsUrl =
  { ok: true; query: FindingsQuery } | { ok: false; query: FindingsQuery; problems: string[] };

/**
 * The findings list's query from a URL's search (lists comma-separated), checked by the same
 * schema the server uses. A value it does not know is named, and the list runs without it.
 */
export function findingsQueryFromUrl(search: URLSearchParams): ParsedFindingsUrl {
  const raw: Record<string, unknown> = {};
  for (const [field, name] of Object.entries(PARAM)) {
    const value = search.get(name);
    if (value === null || value === '') continue;
    raw[field] = LISTS.has(field)
      ? value.split(',').filter(Boolean)
      : NUMBERS.has(field) && /^-?\d+$/.test(value)
        ? Number(value)
        : value;
  }
  const parsed = FindingsQuery.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const problems = parsed.error.issues.map(
    (i) => `“${PARAM[i.path[0] as keyof typeof PARAM]}”: ${i.message}`,
  );
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  return { ok: false, query: FindingsQuery.parse(kept), problems };
}
