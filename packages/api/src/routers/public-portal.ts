import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { dataGeneration, schema, type Db } from '@irr/db';
import {
  CalendarDate,
  CauseOfConcernStatus,
  Finding,
  FindingKind,
  FindingStatus,
  FindingUpdate,
  Grade,
  GradeValue,
  OfficeHolder,
  ResponseRecord,
  UpdateAuthor,
  isOverdue,
  londonDateOf,
  s55PublicationDueOn,
  slippageDays,
} from '@irr/domain';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { publicProcedure } from '../trpc.js';
import { Uuid } from '../schemas.js';
import { describeChanges } from './public-changes.js';
import { cachedForceCounts, cachedPublishedFindings } from './published-findings-cache.js';
import { escapeSnippet, plainTextOfHtml } from './snippets.js';
import {
  Facet,
  FacetName,
  FindingFilters,
  PublicFindingRow,
  attachSnippets,
  publishedFindings,
} from './public-findings.js';
import { filterAndFacet, forceListFacets, onlyForceChosen } from './finding-facets.js';

/**
 * The portal's reads by permalink (force slug + report slug), its search and its open data.
 * A record whose latest version is withdrawn shows nothing of any version but the notice.
 */

type Snapshot = { record: ResponseRecord; findingIds: Record<string, string> };
const Slug = z.string().min(1).max(80);
const Org = z.object({ slug: z.string(), name: z.string() });
const ReportRef = z.object({
  slug: z.string(),
  title: z.string(),
  type: z.string(),
  framework: z.string().nullable(),
  publishedOn: CalendarDate.nullable(),
  link: z.string().nullable(),
});
const Statutory = z.object({
  publicationDueOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  onTime: z.boolean().nullable(),
});

function statutory(
  reportPublishedOn: string | null,
  firstPublishedOn: string | null,
): z.infer<typeof Statutory> {
  const due = reportPublishedOn ? s55PublicationDueOn(reportPublishedOn) : null;
  return {
    publicationDueOn: due,
    firstPublishedOn,
    onTime: due && firstPublishedOn ? firstPublishedOn <= due : null,
  };
}

async function recordBySlugs(db: Db, organisationSlug: string, reportSlug: string) {
  const [row] = await db
    .select({
      record: schema.responseRecords,
      organisation: schema.organisations,
      report: schema.reports,
    })
    .from(schema.responseRecords)
    .innerJoin(
      schema.organisations,
      eq(schema.organisations.id, schema.responseRecords.organisationId),
    )
    .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
    .where(
      and(eq(schema.organisations.slug, organisationSlug), eq(schema.reports.slug, reportSlug)),
    );
  if (!row || row.record.latestPublishedVersion === null) throw notFound('That published response');
  const versions = await db
    .select()
    .from(schema.recordVersions)
    .where(eq(schema.recordVersions.recordId, row.record.id))
    .orderBy(desc(schema.recordVersions.version));
  if (versions.length === 0) throw notFound('That published response');
  return { ...row, versions, withdrawn: versions[0]!.withdrawnAt !== null };
}

const Tracking = z.object({
  findingId: Uuid,
  status: FindingStatus,
  causeStatus: CauseOfConcernStatus.nullable(),
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  slippageDays: z.number().int(),
  overdue: z.boolean(),
  latestUpdate: FindingUpdate.nullable(),
});

const VersionEntry = z.object({
  version: z.number().int(),
  publishedAt: z.date(),
  withdrawal: z.object({ at: z.date(), reason: z.string() }).nullable(),
  changes: z.array(z.string()),
});

const FeedEntry = z.object({
  recordId: Uuid,
  organisation: Org,
  report: ReportRef,
  version: z.number().int(),
  publishedAt: z.date(),
  updatedAt: z.date(),
  withdrawal: z.object({ at: z.date(), reason: z.string() }).nullable(),
  /** Null when the response stands withdrawn. */
  summary: z.string().nullable(),
  overallGrade: GradeValue.nullable(),
});

async function feedEntries(
  db: Db,
  organisationSlug: string | undefined,
  limit: number,
): Promise<z.infer<typeof FeedEntry>[]> {
  const rv = schema.recordVersions;
  const latest = sql<number>`(select max(v2.version) from record_versions v2 where v2.record_id = ${rv.recordId})`;
  const rows = await db
    .select({
      recordId: rv.recordId,
      version: rv.version,
      publishedAt: rv.publishedAt,
      withdrawnAt: rv.withdrawnAt,
      withdrawalReason: rv.withdrawalReason,
      latestWithdrawn: sql<boolean>`exists (select 1 from record_versions v3 where v3.record_id = ${rv.recordId} and v3.version = ${latest} and v3.withdrawn_at is not null)`,
      summary: sql<string>`${rv.snapshot}->'record'->>'summary'`,
      grades: sql<Grade[]>`${rv.snapshot}->'record'->'grades'`,
      organisation: { slug: schema.organisations.slug, name: schema.organisations.name },
      report: {
        slug: schema.reports.slug,
        title: schema.reports.title,
        type: schema.reports.type,
        framework: schema.reports.framework,
        publishedOn: schema.reports.publishedOn,
        link: schema.reports.link,
      },
    })
    .from(rv)
    .innerJoin(schema.responseRecords, eq(schema.responseRecords.id, rv.recordId))
    .innerJoin(
      schema.organisations,
      eq(schema.organisations.id, schema.responseRecords.organisationId),
    )
    .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
    .where(organisationSlug ? eq(schema.organisations.slug, organisationSlug) : undefined)
    .orderBy(
      sql`greatest(${rv.publishedAt}, coalesce(${rv.withdrawnAt}, ${rv.publishedAt})) desc`,
      desc(rv.version),
    )
    .limit(limit);
  return rows.map((r) => {
    const hidden = r.latestWithdrawn || r.withdrawnAt !== null;
    return {
      recordId: r.recordId,
      organisation: r.organisation,
      report: r.report,
      version: r.version,
      publishedAt: r.publishedAt,
      updatedAt: r.withdrawnAt && r.withdrawnAt > r.publishedAt ? r.withdrawnAt : r.publishedAt,
      withdrawal: r.withdrawnAt ? { at: r.withdrawnAt, reason: r.withdrawalReason ?? '' } : null,
      summary: hidden ? null : r.summary,
      overallGrade: hidden
        ? null
        : (r.grades.find((g) => g.scope.level === 'overall')?.value ?? null),
    };
  });
}

const ResponseRow = z.object({
  recordId: Uuid,
  organisationSlug: z.string(),
  organisationName: z.string(),
  reportSlug: z.string(),
  reportTitle: z.string(),
  reportType: z.string(),
  framework: z.string().nullable(),
  reportPublishedOn: CalendarDate.nullable(),
  reportLink: z.string().nullable(),
  version: z.number().int(),
  publishedAt: z.date(),
  withdrawn: z.boolean(),
  withdrawalReason: z.string().nullable(),
  publicationDueOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  onTime: z.boolean().nullable(),
  commissioner: OfficeHolder.nullable(),
  chiefOfficer: OfficeHolder.nullable(),
  overallGrade: GradeValue.nullable(),
  recommendations: z.number().int(),
  causesOfConcern: z.number().int(),
  areasForImprovement: z.number().int(),
});
const ResponseFilters = z.object({
  organisationSlug: Slug.optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  reportType: z.string().max(60).optional(),
});

async function responseRows(
  db: Db,
  filters: z.infer<typeof ResponseFilters>,
): Promise<z.infer<typeof ResponseRow>[]> {
  const rv = schema.recordVersions;
  const rows = await db
    .select({
      record: schema.responseRecords,
      organisation: schema.organisations,
      report: schema.reports,
      version: rv,
    })
    .from(schema.responseRecords)
    .innerJoin(
      schema.organisations,
      eq(schema.organisations.id, schema.responseRecords.organisationId),
    )
    .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
    .innerJoin(
      rv,
      and(
        eq(rv.recordId, schema.responseRecords.id),
        eq(
          rv.version,
          sql`(select max(v2.version) from record_versions v2 where v2.record_id = ${schema.responseRecords.id})`,
        ),
      ),
    )
    .where(
      and(
        filters.organisationSlug
          ? eq(schema.organisations.slug, filters.organisationSlug)
          : undefined,
        filters.reportType ? eq(schema.reports.type, filters.reportType) : undefined,
        filters.year !== undefined
          ? sql`extract(year from ${schema.reports.publishedOn}) = ${filters.year}`
          : undefined,
      ),
    )
    .orderBy(asc(schema.organisations.name), sql`${schema.reports.publishedOn} desc nulls last`);
  return rows.map(({ record, organisation, report, version }) => {
    const withdrawn = version.withdrawnAt !== null;
    const snap = withdrawn ? null : (version.snapshot as Snapshot).record;
    const count = (kind: FindingKind) => snap?.findings.filter((f) => f.kind === kind).length ?? 0;
    return {
      recordId: record.id,
      organisationSlug: organisation.slug,
      organisationName: organisation.name,
      reportSlug: report.slug,
      reportTitle: report.title,
      reportType: report.type,
      framework: report.framework,
      reportPublishedOn: report.publishedOn,
      reportLink: report.link,
      version: version.version,
      publishedAt: version.publishedAt,
      withdrawn,
      withdrawalReason: version.withdrawalReason,
      ...statutory(report.publishedOn, record.firstPublishedOn),
      commissioner: snap?.commissioner ?? null,
      chiefOfficer: snap?.chiefOfficer ?? null,
      overallGrade: snap?.grades.find((g) => g.scope.level === 'overall')?.value ?? null,
      recommendations: count('recommendation'),
      causesOfConcern: count('cause_of_concern'),
      areasForImprovement: count('area_for_improvement'),
    };
  });
}

export const publicPortalProcedures = {
  response: publicProcedure
    .input(
      z.object({
        organisationSlug: Slug,
        reportSlug: Slug,
        version: z.number().int().positive().optional(),
      }),
    )
    .output(
      z.object({
        recordId: Uuid,
        organisation: Org,
        report: ReportRef,
        version: z.number().int(),
        latestVersion: z.number().int(),
        publishedAt: z.date(),
        /** Set when the response (its latest version) is withdrawn: then `record` is null. */
        withdrawal: z.object({ at: z.date(), reason: z.string() }).nullable(),
        record: ResponseRecord.nullable(),
        tracking: z.record(z.string(), Tracking),
        versions: z.array(VersionEntry),
        statutory: Statutory,
      }),
    )
    .query(async ({ ctx, input }) => {
      const found = await recordBySlugs(ctx.db, input.organisationSlug, input.reportSlug);
      const latest = found.versions[0]!;
      const chosen =
        input.version === undefined
          ? latest
          : found.versions.find((v) => v.version === input.version);
      if (!chosen) throw notFound('That version of the response');
      const hidden = found.withdrawn || chosen.withdrawnAt !== null;
      const snapshot = chosen.snapshot as Snapshot;
      const today = londonDateOf(ctx.now());
      const tracking: Record<string, z.infer<typeof Tracking>> = {};
      const ids = hidden ? [] : Object.values(snapshot.findingIds);
      if (ids.length > 0) {
        const live = await ctx.db
          .select()
          .from(schema.findings)
          .where(inArray(schema.findings.id, ids));
        const updates = await ctx.db
          .select()
          .from(schema.findingUpdates)
          .where(
            and(
              inArray(schema.findingUpdates.findingId, ids),
              eq(schema.findingUpdates.visibility, 'public'),
            ),
          )
          .orderBy(
            sql`${schema.findingUpdates.date} desc nulls last`,
            desc(schema.findingUpdates.position),
          );
        for (const [ref, id] of Object.entries(snapshot.findingIds)) {
          const f = live.find((l) => l.id === id);
          if (!f) continue;
          const u = updates.find((x) => x.findingId === id);
          tracking[ref] = {
            findingId: id,
            status: f.status,
            causeStatus: f.causeStatus,
            originalTargetDate: f.originalTargetDate,
            targetDate: f.targetDate,
            slippageDays: slippageDays(f),
            overdue: isOverdue(f, today),
            latestUpdate: u
              ? { date: u.date, author: u.author, visibility: 'public', text: u.text }
              : null,
          };
        }
      }
      const ascending = [...found.versions].reverse();
      const versions = ascending
        .map((v, i) => ({
          version: v.version,
          publishedAt: v.publishedAt,
          withdrawal: v.withdrawnAt
            ? { at: v.withdrawnAt, reason: v.withdrawalReason ?? '' }
            : null,
          changes: describeChanges(
            i === 0 ? null : (ascending[i - 1]!.snapshot as Snapshot).record,
            (v.snapshot as Snapshot).record,
          ),
        }))
        .reverse();
      return {
        recordId: found.record.id,
        organisation: { slug: found.organisation.slug, name: found.organisation.name },
        report: {
          slug: found.report.slug,
          title: found.report.title,
          type: found.report.type,
          framework: found.report.framework,
          publishedOn: found.report.publishedOn,
          link: found.report.link,
        },
        version: chosen.version,
        latestVersion: latest.version,
        publishedAt: chosen.publishedAt,
        withdrawal: found.withdrawn
          ? { at: latest.withdrawnAt!, reason: latest.withdrawalReason ?? '' }
          : chosen.withdrawnAt
            ? { at: chosen.withdrawnAt, reason: chosen.withdrawalReason ?? '' }
            : null,
        record: hidden ? null : snapshot.record,
        tracking,
        versions,
        statutory: statutory(found.report.publishedOn, found.record.firstPublishedOn),
      };
    }),

  findingPage: publicProcedure
    .input(z.object({ organisationSlug: Slug, reportSlug: Slug, ref: z.string().min(1).max(40) }))
    .output(
      z.object({
        organisation: Org,
        report: ReportRef,
        version: z.number().int(),
        finding: Finding,
        tracking: Tracking,
        causeClosedOn: CalendarDate.nullable(),
        revisions: z.array(
          z.object({ from: CalendarDate.nullable(), to: CalendarDate, on: CalendarDate }),
        ),
        timeline: z.array(
          z.union([
            z.object({
              type: z.literal('update'),
              date: CalendarDate.nullable(),
              author: UpdateAuthor,
              text: z.string(),
            }),
            z.object({
              type: z.literal('status'),
              date: CalendarDate,
              from: FindingStatus,
              to: FindingStatus,
            }),
          ]),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const found = await recordBySlugs(ctx.db, input.organisationSlug, input.reportSlug);
      const latest = found.versions[0]!;
      const snapshot = latest.snapshot as Snapshot;
      const finding = snapshot.record.findings.find((f) => f.ref === input.ref);
      const id = snapshot.findingIds[input.ref];
      if (found.withdrawn || !finding || !id) throw notFound('That published finding');
      const [row] = await ctx.db.select().from(schema.findings).where(eq(schema.findings.id, id));
      if (!row) throw notFound('That published finding');
      const updates = await ctx.db
        .select()
        .from(schema.findingUpdates)
        .where(
          and(
            eq(schema.findingUpdates.findingId, id),
            eq(schema.findingUpdates.visibility, 'public'),
          ),
        )
        .orderBy(asc(schema.findingUpdates.position));
      const changes = await ctx.db
        .select()
        .from(schema.statusChanges)
        .where(eq(schema.statusChanges.findingId, id))
        .orderBy(asc(schema.statusChanges.createdAt));
      const revisions = await ctx.db
        .select()
        .from(schema.targetDateRevisions)
        .where(eq(schema.targetDateRevisions.findingId, id))
        .orderBy(asc(schema.targetDateRevisions.createdAt));
      const timeline = [
        ...updates.map((u) => ({
          type: 'update' as const,
          date: u.date,
          author: u.author,
          text: u.text,
        })),
        ...changes.map((c) => ({
          type: 'status' as const,
          date: c.changedOn,
          from: c.fromStatus as FindingStatus,
          to: c.toStatus as FindingStatus,
        })),
      ].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const latestUpdate = [...updates].sort(
        (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.position - a.position,
      )[0];
      return {
        organisation: { slug: found.organisation.slug, name: found.organisation.name },
        report: {
          slug: found.report.slug,
          title: found.report.title,
          type: found.report.type,
          framework: found.report.framework,
          publishedOn: found.report.publishedOn,
          link: found.report.link,
        },
        version: latest.version,
        finding,
        tracking: {
          findingId: id,
          status: row.status,
          causeStatus: row.causeStatus,
          originalTargetDate: row.originalTargetDate,
          targetDate: row.targetDate,
          slippageDays: slippageDays(row),
          overdue: isOverdue(row, londonDateOf(ctx.now())),
          latestUpdate: latestUpdate
            ? {
                date: latestUpdate.date,
                author: latestUpdate.author,
                visibility: 'public',
                text: latestUpdate.text,
              }
            : null,
        },
        causeClosedOn: row.causeClosedOn,
        revisions: revisions.map((r) => ({ from: r.fromDate, to: r.toDate, on: r.revisedOn })),
        timeline,
      };
    }),

  forceOverview: publicProcedure
    .input(z.object({ slug: Slug }))
    .output(
      z.object({
        organisation: Org.extend({ kind: z.string() }),
        responses: z.array(ResponseRow),
        grades: z.array(
          z.object({
            reportSlug: z.string(),
            reportTitle: z.string(),
            reportPublishedOn: CalendarDate.nullable(),
            framework: z.string().nullable(),
            grades: z.array(Grade),
          }),
        ),
        findings: z.array(
          z.object({
            kind: FindingKind,
            status: FindingStatus,
            count: z.number().int(),
            overdue: z.number().int(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [org] = await ctx.db
        .select()
        .from(schema.organisations)
        .where(eq(schema.organisations.slug, input.slug));
      if (!org) throw notFound('That force');
      const responses = await responseRows(ctx.db, { organisationSlug: org.slug });
      const current = await ctx.db
        .select({
          reportSlug: schema.reports.slug,
          reportTitle: schema.reports.title,
          reportPublishedOn: schema.reports.publishedOn,
          framework: schema.reports.framework,
          grades: sql<Grade[]>`${schema.recordVersions.snapshot}->'record'->'grades'`,
        })
        .from(schema.responseRecords)
        .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
        .innerJoin(
          schema.recordVersions,
          and(
            eq(schema.recordVersions.recordId, schema.responseRecords.id),
            eq(schema.recordVersions.version, schema.responseRecords.latestPublishedVersion),
          ),
        )
        .where(
          and(
            eq(schema.responseRecords.organisationId, org.id),
            isNull(schema.recordVersions.withdrawnAt),
          ),
        )
        .orderBy(sql`${schema.reports.publishedOn} asc nulls first`);
      const rows = await cachedPublishedFindings(
        ctx.db,
        { organisationSlug: org.slug },
        londonDateOf(ctx.now()),
      );
      const counts = new Map<
        string,
        { kind: FindingKind; status: FindingStatus; count: number; overdue: number }
      >();
      for (const r of rows) {
        const key = `${r.kind}:${r.status}`;
        const entry = counts.get(key) ?? { kind: r.kind, status: r.status, count: 0, overdue: 0 };
        entry.count += 1;
        if (r.overdue) entry.overdue += 1;
        counts.set(key, entry);
      }
      return {
        organisation: { slug: org.slug, name: org.name, kind: org.kind },
        responses,
        grades: current.filter((c) => c.grades.length > 0),
        findings: [...counts.values()],
      };
    }),

  latest: publicProcedure
    .input(
      z.object({
        organisationSlug: Slug.optional(),
        limit: z.number().int().min(1).max(200).default(20),
      }),
    )
    .output(z.array(FeedEntry))
    .query(({ ctx, input }) => feedEntries(ctx.db, input.organisationSlug, input.limit)),

  searchAll: publicProcedure
    .input(
      FindingFilters.extend({
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      }),
    )
    .output(
      z.object({
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
        findings: z.array(PublicFindingRow),
        facets: z.record(FacetName, Facet),
        responses: z.array(
          z.object({
            organisation: Org,
            report: ReportRef,
            version: z.number().int(),
            snippet: z.string(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { page, pageSize, ...filters } = input;
      const today = londonDateOf(ctx.now());
      // A force's list alone (the commonest) reads that force's rows and a count per force, not the nation's rows.
      const generation = await dataGeneration(ctx.db);
      const { matching, facets } =
        !filters.q && onlyForceChosen(filters)
          ? forceListFacets(
              await cachedPublishedFindings(
                ctx.db,
                { organisationSlug: filters.organisationSlug },
                today,
                generation,
              ),
              filters,
              await cachedForceCounts(ctx.db, generation),
            )
          : filterAndFacet(
              await cachedPublishedFindings(ctx.db, { q: filters.q }, today, generation),
              filters,
            );
      const shown = matching.slice((page - 1) * pageSize, page * pageSize);
      return {
        total: matching.length,
        page,
        pageSize,
        findings: filters.q ? await attachSnippets(ctx.db, shown, filters.q) : shown,
        facets,
        responses: filters.q
          ? await matchingResponses(ctx.db, filters.q, filters.organisationSlug)
          : [],
      };
    }),

  findingsData: publicProcedure
    .input(FindingFilters)
    .output(z.array(PublicFindingRow))
    .query(({ ctx, input }) => publishedFindings(ctx.db, input, londonDateOf(ctx.now()))),

  responsesData: publicProcedure
    .input(ResponseFilters)
    .output(z.array(ResponseRow))
    .query(({ ctx, input }) => responseRows(ctx.db, input)),

  permalinks: publicProcedure
    .input(z.void())
    .output(
      z.object({
        forces: z.array(z.object({ slug: z.string() })),
        responses: z.array(
          z.object({
            organisationSlug: z.string(),
            reportSlug: z.string(),
            publishedAt: z.date(),
            withdrawn: z.boolean(),
          }),
        ),
        findings: z.array(
          z.object({ organisationSlug: z.string(), reportSlug: z.string(), ref: z.string() }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const forces = await ctx.db
        .select({ slug: schema.organisations.slug })
        .from(schema.organisations)
        .orderBy(schema.organisations.slug);
      const responses = await responseRows(ctx.db, {});
      const findings = await publishedFindings(ctx.db, {}, londonDateOf(ctx.now()));
      return {
        forces,
        responses: responses.map((r) => ({
          organisationSlug: r.organisationSlug,
          reportSlug: r.reportSlug,
          publishedAt: r.publishedAt,
          withdrawn: r.withdrawn,
        })),
        findings: findings.map((f) => ({
          organisationSlug: f.organisationSlug,
          reportSlug: f.reportSlug,
          ref: f.ref,
        })),
      };
    }),
};

/** Responses whose published summary or comments match: the current, not withdrawn, version only. */
async function matchingResponses(db: Db, q: string, organisationSlug: string | undefined) {
  const rv = schema.recordVersions;
  const query = sql`websearch_to_tsquery('english', ${q})`;
  const body = plainTextOfHtml(
    sql`coalesce(${rv.snapshot}->'record'->>'summary', '') || ' ' || coalesce(${rv.snapshot}->'record'->>'commissionerComments', '') || ' ' || coalesce(${rv.snapshot}->'record'->>'chiefOfficerComments', '')`,
  );
  const rows = await db
    .select({
      organisation: { slug: schema.organisations.slug, name: schema.organisations.name },
      report: {
        slug: schema.reports.slug,
        title: schema.reports.title,
        type: schema.reports.type,
        framework: schema.reports.framework,
        publishedOn: schema.reports.publishedOn,
        link: schema.reports.link,
      },
      version: rv.version,
      snippet: sql<string>`ts_headline('english', ${body}, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12')`,
    })
    .from(schema.responseRecords)
    .innerJoin(
      rv,
      and(
        eq(rv.recordId, schema.responseRecords.id),
        eq(rv.version, schema.responseRecords.latestPublishedVersion),
      ),
    )
    .innerJoin(
      schema.organisations,
      eq(schema.organisations.id, schema.responseRecords.organisationId),
    )
    .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
    .where(
      and(
        isNull(rv.withdrawnAt),
        sql`to_tsvector('english', ${body}) @@ ${query}`,
        organisationSlug ? eq(schema.organisations.slug, organisationSlug) : undefined,
      ),
    )
    .limit(20);
  return rows.map((r) => ({ ...r, snippet: escapeSnippet(r.snippet) }));
}
