import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { organisations, publishedFindings, reports } from '../schema/index.js';
import { matchesWords, SHOWN, shownColumns, withShownJoins } from './shown-finding-query.js';
import { webSearch } from './text-search.js';

/**
 * The current published findings the public sees. Wording comes from published_findings (frozen at publication);
 * tracking (status, target dates, HMICFRS's status) is the live public field of the finding; updates are public ones only.
 */

const pf = publishedFindings;

/**
 * Every shown finding (of one force when given) whose wording or a public update matches the words (all without):
 * by force, newest report and ref; by rank when searched.
 */
export async function shownFindings(
  db: Db,
  filters: { q: string | null; organisationSlug?: string | undefined },
) {
  const query = filters.q ? webSearch(filters.q) : null;
  const rows = await withShownJoins(db.select(shownColumns(query)).from(pf).$dynamic())
    .where(
      and(
        SHOWN,
        query ? matchesWords(query) : undefined,
        // Narrowed here as well as in memory, so one force's findings do not cost the nation's.
        filters.organisationSlug ? eq(organisations.slug, filters.organisationSlug) : undefined,
      ),
    )
    .orderBy(organisations.name, sql`${reports.publishedOn} desc nulls last`, pf.ref);
  return query ? [...rows].sort((a, b) => b.rank - a.rank) : rows;
}
export type ShownFinding = Awaited<ReturnType<typeof shownFindings>>[number];

/** How many shown findings each force has (value: its slug, label: its name), by name. */
export async function shownFindingCountsByForce(
  db: Db,
): Promise<{ value: string; label: string; count: number }[]> {
  const counted = db
    .select({
      value: organisations.slug,
      label: organisations.name,
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(pf)
    .$dynamic();
  // The same joins and conditions as shownFindings, so a count never includes a row the list cannot show.
  const rows = await withShownJoins(counted)
    .where(SHOWN)
    .groupBy(organisations.slug, organisations.name);
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}

/** The current published wording of a finding, or undefined when no current version holds it. */
export async function currentPublishedFinding(db: Db, findingId: string) {
  const [row] = await db
    .select()
    .from(pf)
    .where(and(eq(pf.findingId, findingId), eq(pf.current, true)));
  return row;
}
