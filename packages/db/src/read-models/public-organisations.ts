import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { organisations, recordVersions, reports, responseRecords } from '../schema/index.js';

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
  const [row] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return row;
}

/** Every organisation's slug, for the sitemap. */
export async function organisationSlugs(db: Db) {
  return db.select({ slug: organisations.slug }).from(organisations).orderBy(organisations.slug);
}

/** One page of a force's published responses, newest report first, and how many there are in all. */
export async function publishedResponsesPage(
  db: Db,
  organisationId: string,
  page: { limit: number; offset: number },
) {
  const published = and(
    eq(responseRecords.organisationId, organisationId),
    isNotNull(responseRecords.latestPublishedVersion),
  );
  const rows = await db
    // Only the columns shown: a version row also holds its whole snapshot, which this page never needs.
    .select({
      record: {
        id: responseRecords.id,
        slug: responseRecords.slug,
        firstPublishedOn: responseRecords.firstPublishedOn,
      },
      report: { title: reports.title, slug: reports.slug, publishedOn: reports.publishedOn },
      version: {
        version: recordVersions.version,
        publishedAt: recordVersions.publishedAt,
        withdrawnAt: recordVersions.withdrawnAt,
        withdrawalReason: recordVersions.withdrawalReason,
      },
    })
    .from(responseRecords)
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .innerJoin(
      recordVersions,
      and(
        eq(recordVersions.recordId, responseRecords.id),
        eq(recordVersions.version, responseRecords.latestPublishedVersion),
      ),
    )
    .where(published)
    .orderBy(sql`${reports.publishedOn} desc nulls last`, responseRecords.id)
    .limit(page.limit)
    .offset(page.offset);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(responseRecords)
    .where(published);
  return { rows, total };
}
