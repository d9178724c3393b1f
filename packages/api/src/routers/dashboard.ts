import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { schema } from '@irr/db';
import {
  computeStatutoryClock,
  FindingKind,
  FindingStatus,
  isDueSoon,
  isOverdue,
  londonDateOf,
  PublicationStatus,
} from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../schemas.js';
import { requireRole, router, staffProcedure } from '../trpc.js';

const Clock = z.object({
  recordId: Uuid,
  organisationName: z.string(),
  reportTitle: z.string(),
  status: PublicationStatus,
  publicationDueOn: z.string().nullable(),
  daysRemaining: z.number().int().nullable(),
  publicationState: z.string(),
  commentsDueOn: z.string().nullable(),
  commentsState: z.string(),
  commentsDaysRemaining: z.number().int().nullable(),
  /** The clock could not be computed from what is recorded (e.g. dates in the wrong order). */
  problem: z.string().nullable(),
});

const DueFinding = z.object({
  findingId: Uuid,
  recordId: Uuid,
  ref: z.string(),
  kind: FindingKind,
  status: FindingStatus,
  owner: z.string().nullable(),
  targetDate: z.string(),
  reportTitle: z.string(),
});

const Activity = z.object({
  id: z.number().int(),
  at: z.date(),
  actor: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
});

/** What needs attention now, across the organisations the person may read. */
export const dashboardRouter = router({
  summary: staffProcedure
    .input(z.object({ organisationId: Uuid.optional() }).default({}))
    .output(
      z.object({
        today: z.string(),
        clocks: z.array(Clock),
        overdue: z.array(DueFinding),
        dueSoon: z.array(DueFinding),
        byStatus: z.array(z.object({ status: FindingStatus, count: z.number().int() })),
        byKind: z.array(z.object({ kind: FindingKind, count: z.number().int() })),
        mine: z.array(DueFinding),
        activity: z.array(Activity),
      }),
    )
    .query(async ({ ctx, input }) => {
      if (input.organisationId) requireRole(ctx.user, input.organisationId, 'viewer');
      const orgs = input.organisationId
        ? [input.organisationId]
        : ctx.user.memberships.map((m) => m.organisationId);
      const today = londonDateOf(ctx.now());
      const empty = {
        today,
        clocks: [],
        overdue: [],
        dueSoon: [],
        byStatus: [],
        byKind: [],
        mine: [],
        activity: [],
      };
      if (orgs.length === 0) return empty;
      const r = schema.responseRecords;
      const records = await ctx.db
        .select({ record: r, orgName: schema.organisations.name, report: schema.reports })
        .from(r)
        .innerJoin(schema.organisations, eq(schema.organisations.id, r.organisationId))
        .innerJoin(schema.reports, eq(schema.reports.id, r.reportId))
        .where(inArray(r.organisationId, orgs));
      const clocks = records
        .map(({ record, orgName, report }) => {
          const base = {
            recordId: record.id,
            organisationName: orgName,
            reportTitle: report.title,
            status: record.status,
            commentsDueOn: record.commentsDueOn,
          };
          if (!report.publishedOn) {
            return {
              ...base,
              publicationDueOn: null,
              daysRemaining: null,
              publicationState: 'unknown',
              commentsState: 'unknown',
              commentsDaysRemaining: null,
              problem:
                "The report's publication date is not recorded, so the 56-day clock cannot run",
            };
          }
          const clock = computeStatutoryClock(
            {
              reportPublishedOn: report.publishedOn,
              chiefOfficerCommentsRequestedOn: record.commentsRequestedOn,
              chiefOfficerCommentsDueOn: record.commentsDueOn,
              chiefOfficerCommentsReceivedOn: record.commentsReceivedOn,
              firstPublishedOn: record.firstPublishedOn,
              sentToHmicfrsOn: record.sentToHmicfrsOn,
              sentToHomeSecretaryOn: record.sentToHomeSecretaryOn,
              notRequired: record.notRequiredReason ? { reason: record.notRequiredReason } : null,
            },
            today,
          );
          const c = clock.ok ? clock.value : null;
          return {
            ...base,
            publicationDueOn: c?.publicationDueOn ?? null,
            daysRemaining: c?.daysRemaining ?? null,
            publicationState: c?.publicationState ?? 'unknown',
            commentsState: c?.chiefOfficerCommentsState ?? 'unknown',
            commentsDaysRemaining: c?.chiefOfficerCommentsDaysRemaining ?? null,
            problem: clock.ok ? null : clock.error.message,
          };
        })
        // Open duties first, the most pressing at the top.
        .sort((a, b) => (a.daysRemaining ?? 1e9) - (b.daysRemaining ?? 1e9));

      const f = schema.findings;
      const recordIds = records.map((x) => x.record.id);
      const titleOf = new Map(records.map((x) => [x.record.id, x.report.title]));
      const scheduled = recordIds.length
        ? await ctx.db
            .select({
              id: f.id,
              recordId: f.recordId,
              ref: f.ref,
              kind: f.kind,
              status: f.status,
              owner: f.owner,
              targetDate: f.targetDate,
            })
            .from(f)
            .where(and(inArray(f.recordId, recordIds), isNotNull(f.targetDate)))
        : [];
      const due = (x: (typeof scheduled)[number]) => ({
        findingId: x.id,
        recordId: x.recordId,
        ref: x.ref,
        kind: x.kind,
        status: x.status,
        owner: x.owner,
        targetDate: x.targetDate!,
        reportTitle: titleOf.get(x.recordId) ?? '',
      });
      const byDate = (a: { targetDate: string }, b: { targetDate: string }) =>
        a.targetDate.localeCompare(b.targetDate);
      const overdue = scheduled
        .filter((x) => isOverdue(x, today))
        .map(due)
        .sort(byDate);
      const dueSoon = scheduled
        .filter((x) => isDueSoon(x, today))
        .map(due)
        .sort(byDate);
      const me = ctx.user.displayName.trim().toLowerCase();
      const mine = scheduled
        .filter(
          (x) =>
            x.owner?.trim().toLowerCase() === me &&
            !['closed', 'superseded', 'no_longer_applicable'].includes(x.status),
        )
        .map(due)
        .sort(byDate);

      const countWhere = recordIds.length ? inArray(f.recordId, recordIds) : sql`false`;
      const byStatus = await ctx.db
        .select({ status: f.status, count: sql<number>`count(*)`.mapWith(Number) })
        .from(f)
        .where(countWhere)
        .groupBy(f.status);
      const byKind = await ctx.db
        .select({ kind: f.kind, count: sql<number>`count(*)`.mapWith(Number) })
        .from(f)
        .where(countWhere)
        .groupBy(f.kind);

      const a = schema.auditEvents;
      const activity = await ctx.db
        .select({
          id: a.id,
          at: a.at,
          actor: schema.users.displayName,
          action: a.action,
          entityType: a.entityType,
          entityId: a.entityId,
        })
        .from(a)
        .leftJoin(schema.users, eq(schema.users.id, a.actorId))
        .where(inArray(a.organisationId, orgs))
        .orderBy(desc(a.id))
        .limit(15);
      return {
        today,
        clocks,
        overdue: overdue.slice(0, 50),
        dueSoon: dueSoon.slice(0, 50),
        byStatus,
        byKind,
        mine: mine.slice(0, 50),
        activity,
      };
    }),
});
