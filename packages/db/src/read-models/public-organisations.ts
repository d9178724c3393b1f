import { and, count, eq, isNotNull, sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { organisations, recordVersions, reports, responseRecords } from '../schema/index.js';
import { preparedOnce } from './prepared.js';

/** Every organisation by name, with how many of its responses have a published version. */
export async function organisationsWithPublishedCounts(db: Db) {
  return db
    .select({
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      publishedResponses:
        sql<number>`count(${responseRecords.id}) filter (where ${responseRecords.latestPublishedVersion} is not null)`.mapWith(
          Number,
        ),
    })
    .from(organisations)
    .leftJoin(responseRecords, eq(responseRecords.organisationId, organisations.id))
    .groupBy(organisations.id)
    .orderBy(organisations.name);
}

export async function organisationBySlug(db: Db, slug: string) {
  const [row] = await preparedOnce(db, 'organisation_by_slug', (db, name) =>
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        kind: organisations.kind,
      })
      .from(organisations)
      .where(eq(organisations.slug, sql.placeholder('slug')))
      .prepare(name),
  ).execute({ slug });
  return row;
}

/** Every organisation's slug, for the sitemap. */
export async function organisationSlugs(db: Db) {
  return db.select({ slug: organisations.slug }).from(organisations).orderBy(organisations.slug);
}

/**
 * One page of a force's published responses, newest report first, and how many there are in all. The page is
 * chosen from the force's records and their reports, then only its rows meet their versions (a version row also
 * holds its whole snapshot, never read here): the work follows the page, not the register. The total comes with
 * the page (a window count); a page past the end counts apart.
 */
export async function publishedResponsesPage(
  db: Db,
  organisationId: string,
  page: { limit: number; offset: number },
) {
  const found = await preparedOnce(db, 'published_responses_page', preparePage).execute({
    organisationId,
    limit: page.limit,
    offset: page.offset,
  });
  const rows = found.map(({ total: _total, ...row }) => row);
  if (found.length > 0) return { rows, total: found[0]!.total };
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(responseRecords)
    .where(publishedOf(organisationId));
  return { rows, total };
}

/** A force's responses that have a published version. */
function publishedOf(organisationId: string | Placeholder) {
  return and(
    eq(responseRecords.organisationId, organisationId),
    isNotNull(responseRecords.latestPublishedVersion),
  );
}

function preparePage(db: Db, name: string) {
  const chosen = db
    .select({
      id: responseRecords.id,
      slug: responseRecords.slug,
      firstPublishedOn: responseRecords.firstPublishedOn,
      latestPublishedVersion: responseRecords.latestPublishedVersion,
      reportTitle: sql<string>`${reports.title}`.as('report_title'),
      reportSlug: sql<string>`${reports.slug}`.as('report_slug'),
      reportPublishedOn: sql<string | null>`${reports.publishedOn}`.as('report_published_on'),
      total: sql<number>`count(*) over ()`.as('total'),
    })
    .from(responseRecords)
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(publishedOf(sql.placeholder('organisationId')))
    .orderBy(sql`${reports.publishedOn} desc nulls last`, responseRecords.id)
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('chosen');
  return db
    .select({
      record: { id: chosen.id, slug: chosen.slug, firstPublishedOn: chosen.firstPublishedOn },
      report: {
        title: chosen.reportTitle,
        slug: chosen.reportSlug,
        publishedOn: chosen.reportPublishedOn,
      },
      version: {
        version: recordVersions.version,
        publishedAt: recordVersions.publishedAt,
        withdrawnAt: recordVersions.withdrawnAt,
        withdrawalReason: recordVersions.withdrawalReason,
      },
      total: sql<number>`${chosen.total}`.mapWith(Number),
    })
    .from(chosen)
    .innerJoin(
      recordVersions,
      and(
        eq(recordVersions.recordId, chosen.id),
        eq(recordVersions.version, chosen.latestPublishedVersion),
      ),
    )
    .orderBy(sql`${chosen.reportPublishedOn} desc nulls last`, chosen.id)
    .prepare(name);
}
