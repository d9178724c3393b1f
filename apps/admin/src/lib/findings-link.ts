import type { FindingsQuery, SavedFindingsQuery } from '@irr/domain';

// Apart from findings-url.ts, which checks a URL with the domain's schema: the dashboard builds links
// on its first screen and must not load zod to do it.

/** The URL's name for each field of the findings-list query (short, for links people share). */
export const PARAM = {
  status: 'status',
  kind: 'kind',
  owner: 'owner',
  team: 'team',
  due: 'due',
  days: 'days',
  organisationId: 'org',
  reportId: 'report',
  sort: 'sort',
  dir: 'dir',
  page: 'page',
} as const satisfies Record<keyof FindingsQuery, string>;
/** A findings-list query as a URL search string ("?owner=me&due=overdue"), empty for none. */
export function findingsUrlOf(query: FindingsQuery | SavedFindingsQuery): string {
  const search = new URLSearchParams();
  for (const [field, name] of Object.entries(PARAM)) {
    const value = (query as Record<string, string | number | string[] | undefined>)[field];
    if (value === undefined || value === null) continue;
    search.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
