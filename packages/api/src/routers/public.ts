import { escapeSnippet, plainTextOfHtml } from './snippets.js';
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { schema } from '@irr/db';
import {
  CalendarDate,
  FindingKind,
  FindingStatus,
  FindingUpdate,
  OrganisationKind,
  ResponseRecord,
  s55PublicationDueOn,
  londonDateOf,
  slippageDays,
} from '@irr/domain';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';
import { Uuid } from '../schemas.js';
import { publicPortalProcedures } from './public-portal.js';

/**
 * Everything the portal and open-data users can read. Only published snapshots and public
 * tracking data (status, public updates) of findings in a current published version.
 */

type Snapshot = { record: ResponseRecord; findingIds: Record<string, string> };

const Withdrawal = z.object({ at: z.date(), reason: z.string() }).nullable();
const PublicOrganisation = z.object({ slug: z.string(), name: z.string(), kind: OrganisationKind });
const ResponseSummary = z.object({
  recordId: Uuid,
  reportTitle: z.string(),
  reportSlug: z.string(),
  reportPublishedOn: CalendarDate.nullable(),
  version: z.number().int(),
  publishedAt: z.date(),
  withdrawal: Withdrawal,
  publicationDueOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  /** Published within the 56 days; null where the report predates the limit or its date is unknown. */
  onTime: z.boolean().nullable(),
});

function onTime(due: string | null, first: string | null): boolean | null {
  if (!due || !first) return null;
  return first <= due;
}

export const publicRouter = router({
  organisations: publicProcedure
    .input(z.void())
    .output(z.array(PublicOrganisation.extend({ publishedResponses: z.number().int() })))
    .query(async ({ ctx }) => {
      const rows = await ctx.db
        .select({
          slug: schema.organisations.slug,
          name: schema.organisations.name,
          kind: schema.organisations.kind,
          publishedResponses:
            sql<number>`count(${schema.responseRecords.id}) filter (where ${schema.responseRecords.latestPublishedVersion} is not null)`.mapWith(
              Number,
            ),
        })
        .from(schema.organisations)
        .leftJoin(
          schema.responseRecords,
          eq(schema.responseRecords.organisationId, schema.organisations.id),
        )
        .groupBy(schema.organisations.id)
        .orderBy(schema.organisations.name);
      return rows;
    }),

  organisation: publicProcedure
    // Paged, newest report first: a force's history grows every year, a page of it should not.
    .input(
      z.object({
        slug: z.string().max(80),
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      }),
    )
    .output(
      z.object({
        organisation: PublicOrganisation,
        responses: z.array(ResponseSummary),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [org] = await ctx.db
        .select()
        .from(schema.organisations)
        .where(eq(schema.organisations.slug, input.slug));
      if (!org) throw notFound('That organisation');
      const published = and(
        eq(schema.responseRecords.organisationId, org.id),
        isNotNull(schema.responseRecords.latestPublishedVersion),
      );
      const rows = await ctx.db
        // Only the columns shown: a version row also holds its whole snapshot, which this page never needs.
        .select({
          record: {
            id: schema.responseRecords.id,
            firstPublishedOn: schema.responseRecords.firstPublishedOn,
          },
          report: {
            title: schema.reports.title,
            slug: schema.reports.slug,
            publishedOn: schema.reports.publishedOn,
          },
          version: {
            version: schema.recordVersions.version,
            publishedAt: schema.recordVersions.publishedAt,
            withdrawnAt: schema.recordVersions.withdrawnAt,
            withdrawalReason: schema.recordVersions.withdrawalReason,
          },
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
        .where(published)
        .orderBy(sql`${schema.reports.publishedOn} desc nulls last`, schema.responseRecords.id)
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize);
      const [{ total } = { total: 0 }] = await ctx.db
        .select({ total: count() })
        .from(schema.responseRecords)
        .where(published);
      return {
        organisation: { slug: org.slug, name: org.name, kind: org.kind },
        total,
        page: input.page,
        pageSize: input.pageSize,
        responses: rows.map(({ record, report, version }) => {
          const due = report.publishedOn ? s55PublicationDueOn(report.publishedOn) : null;
          return {
            recordId: record.id,
            reportTitle: report.title,
            reportSlug: report.slug,
            reportPublishedOn: report.publishedOn,
            version: version.version,
            publishedAt: version.publishedAt,
            withdrawal: version.withdrawnAt
              ? { at: version.withdrawnAt, reason: version.withdrawalReason ?? '' }
              : null,
            publicationDueOn: due,
            firstPublishedOn: record.firstPublishedOn,
            onTime: onTime(due, record.firstPublishedOn),
          };
        }),
      };
    }),

  record: publicProcedure
    .input(z.object({ recordId: Uuid, version: z.number().int().positive().optional() }))
    .output(
      z.object({
        recordId: Uuid,
        organisation: PublicOrganisation,
        version: z.number().int(),
        publishedAt: z.date(),
        withdrawal: Withdrawal,
        /** Null when the response stands withdrawn (its newest version, or the one asked for): the notice only. */
        record: ResponseRecord.nullable(),
        findingIds: z.record(z.string(), z.string()),
        /** Live tracking of each finding (by ref): status now, and public updates since publication. */
        tracking: z.record(
          z.string(),
          z.object({ status: FindingStatus, latestUpdate: FindingUpdate.nullable() }),
        ),
        versions: z.array(
          z.object({ version: z.number().int(), publishedAt: z.date(), withdrawn: z.boolean() }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      // The list of versions without their snapshots; then the one snapshot shown.
      const versions = await ctx.db
        .select({
          version: schema.recordVersions.version,
          publishedAt: schema.recordVersions.publishedAt,
          withdrawnAt: schema.recordVersions.withdrawnAt,
          withdrawalReason: schema.recordVersions.withdrawalReason,
        })
        .from(schema.recordVersions)
        .where(eq(schema.recordVersions.recordId, input.recordId))
        .orderBy(desc(schema.recordVersions.version));
      const chosen =
        input.version === undefined
          ? versions[0]
          : versions.find((v) => v.version === input.version);
      if (!chosen) throw notFound('That published response');
      const [row] = await ctx.db
        .select({
          slug: schema.organisations.slug,
          name: schema.organisations.name,
          kind: schema.organisations.kind,
        })
        .from(schema.responseRecords)
        .innerJoin(
          schema.organisations,
          eq(schema.organisations.id, schema.responseRecords.organisationId),
        )
        .where(eq(schema.responseRecords.id, input.recordId));
      const common = {
        recordId: input.recordId,
        organisation: row!,
        version: chosen.version,
        publishedAt: chosen.publishedAt,
        withdrawal: chosen.withdrawnAt
          ? { at: chosen.withdrawnAt, reason: chosen.withdrawalReason ?? '' }
          : null,
        versions: versions.map((v) => ({
          version: v.version,
          publishedAt: v.publishedAt,
          withdrawn: v.withdrawnAt !== null,
        })),
      };
      // A withdrawn response shows its notice and nothing of any version's wording (as the portal's response page).
      const latestWithdrawn = versions[0]!.withdrawnAt !== null;
      if (latestWithdrawn || chosen.withdrawnAt !== null) {
        const withdrawnBy = latestWithdrawn ? versions[0]! : chosen;
        return {
          ...common,
          withdrawal: { at: withdrawnBy.withdrawnAt!, reason: withdrawnBy.withdrawalReason ?? '' },
          record: null,
          findingIds: {},
          tracking: {},
        };
      }
      const [stored] = await ctx.db
        .select({ snapshot: schema.recordVersions.snapshot })
        .from(schema.recordVersions)
        .where(
          and(
            eq(schema.recordVersions.recordId, input.recordId),
            eq(schema.recordVersions.version, chosen.version),
          ),
        );
      const snapshot = stored!.snapshot as Snapshot;
      const ids = Object.values(snapshot.findingIds);
      const live = ids.length
        ? await ctx.db
            .select({ id: schema.findings.id, status: schema.findings.status })
            .from(schema.findings)
            .where(inArray(schema.findings.id, ids))
        : [];
      // The latest public update of each finding, one row each; undated (imported) updates count as the oldest.
      const latest = ids.length
        ? await ctx.db
            .selectDistinctOn([schema.findingUpdates.findingId], {
              findingId: schema.findingUpdates.findingId,
              date: schema.findingUpdates.date,
              author: schema.findingUpdates.author,
              text: schema.findingUpdates.text,
            })
            .from(schema.findingUpdates)
            .where(
              and(
                inArray(schema.findingUpdates.findingId, ids),
                eq(schema.findingUpdates.visibility, 'public'),
              ),
            )
            .orderBy(
              schema.findingUpdates.findingId,
              sql`${schema.findingUpdates.date} desc nulls last`,
              desc(schema.findingUpdates.position),
            )
        : [];
      const statusOf = new Map(live.map((l) => [l.id, l.status]));
      const latestOf = new Map(latest.map((u) => [u.findingId, u]));
      const tracking = Object.fromEntries(
        Object.entries(snapshot.findingIds).map(([ref, id]) => {
          const u = latestOf.get(id);
          return [
            ref,
            {
              status: statusOf.get(id) ?? 'not_started',
              latestUpdate: u
                ? { date: u.date, author: u.author, visibility: 'public' as const, text: u.text }
                : null,
            },
          ];
        }),
      );
      return { ...common, record: snapshot.record, findingIds: snapshot.findingIds, tracking };
    }),

  finding: publicProcedure
    .input(z.object({ findingId: Uuid }))
    .output(
      z.object({
        findingId: Uuid,
        recordId: Uuid,
        ref: z.string(),
        kind: FindingKind,
        text: z.string(),
        status: FindingStatus,
        targetDate: CalendarDate.nullable(),
        originalTargetDate: CalendarDate.nullable(),
        slippageDays: z.number().int(),
        updates: z.array(FindingUpdate),
        statusChanges: z.array(
          z.object({
            from: z.string(),
            to: z.string(),
            on: CalendarDate,
            reason: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [published] = await ctx.db
        .select()
        .from(schema.publishedFindings)
        .where(
          and(
            eq(schema.publishedFindings.findingId, input.findingId),
            eq(schema.publishedFindings.current, true),
          ),
        );
      if (!published) throw notFound('That published finding');
      const [row] = await ctx.db
        .select()
        .from(schema.findings)
        .where(eq(schema.findings.id, input.findingId));
      const updates = await ctx.db
        .select()
        .from(schema.findingUpdates)
        .where(
          and(
            eq(schema.findingUpdates.findingId, input.findingId),
            eq(schema.findingUpdates.visibility, 'public'),
          ),
        )
        .orderBy(schema.findingUpdates.position);
      const changes = await ctx.db
        .select()
        .from(schema.statusChanges)
        .where(eq(schema.statusChanges.findingId, input.findingId))
        .orderBy(schema.statusChanges.createdAt);
      return {
        findingId: input.findingId,
        recordId: published.recordId,
        ref: published.ref,
        kind: published.kind as z.infer<typeof FindingKind>,
        text: published.text,
        status: row!.status,
        targetDate: row!.targetDate,
        originalTargetDate: row!.originalTargetDate,
        slippageDays: slippageDays({
          originalTargetDate: row!.originalTargetDate,
          targetDate: row!.targetDate,
        }),
        updates: updates.map((u) => ({
          date: u.date,
          author: u.author,
          visibility: 'public' as const,
          text: u.text,
        })),
        statusChanges: changes.map((c) => ({
          from: c.fromStatus,
          to: c.toStatus,
          on: c.changedOn,
          reason: c.reason,
        })),
      };
    }),

  search: publicProcedure
    .input(
      z.object({
        q: z.string().trim().min(1).max(200),
        organisationSlug: z.string().max(80).optional(),
        kind: FindingKind.optional(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .output(
      z.array(
        z.object({
          findingId: Uuid,
          recordId: Uuid,
          organisationName: z.string(),
          ref: z.string(),
          kind: FindingKind,
          snippet: z.string(),
          rank: z.number(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const query = sql`websearch_to_tsquery('english', ${input.q})`;
      const pf = schema.publishedFindings;
      const rows = await ctx.db
        .select({
          findingId: pf.findingId,
          recordId: pf.recordId,
          organisationName: schema.organisations.name,
          ref: pf.ref,
          kind: pf.kind,
          rank: sql<number>`ts_rank(${sql.raw('"published_findings"."search"')}, ${query})`.mapWith(
            Number,
          ),
          // Tags stripped first so the snippet is text; <mark> is the only markup it gains.
          snippet: sql<string>`ts_headline('english', ${plainTextOfHtml(pf.text)}, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10')`,
        })
        .from(pf)
        .innerJoin(schema.organisations, eq(schema.organisations.id, pf.organisationId))
        .where(
          and(
            eq(pf.current, true),
            sql`${sql.raw('"published_findings"."search"')} @@ ${query}`,
            input.organisationSlug
              ? eq(schema.organisations.slug, input.organisationSlug)
              : undefined,
            input.kind ? eq(pf.kind, input.kind) : undefined,
          ),
        )
        .orderBy(desc(sql`ts_rank(${sql.raw('"published_findings"."search"')}, ${query})`))
        .limit(input.limit);
      return rows.map((r) => ({
        ...r,
        kind: r.kind as z.infer<typeof FindingKind>,
        snippet: escapeSnippet(r.snippet),
      }));
    }),

  today: publicProcedure
    .input(z.void())
    .output(CalendarDate)
    .query(({ ctx }) => londonDateOf(ctx.now())),

  ...publicPortalProcedures,
});
