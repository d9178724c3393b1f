import { and, desc, eq, inArray } from 'drizzle-orm';
import { schema } from '@irr/db';
import { recordAudit, updateRecordIfVersion } from '@irr/db/repositories';
import { Grade, OfficeHolder, PublicationStatus, RichText, sanitizeRichText } from '@irr/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { recordFor, toStaffRecord } from '../use-cases/index.js';
import { RecordListItem, RowVersionInput, StaffRecord, StatutoryDates, Uuid } from '../schemas.js';
import { requireRole, router, staffProcedure } from '../trpc.js';

const DraftPatch = z
  .object({
    summary: RichText,
    commissionerComments: RichText,
    chiefOfficerComments: RichText,
    grades: z.array(Grade).max(50),
    commissioner: OfficeHolder,
    chiefOfficer: OfficeHolder,
  })
  .partial();

export const recordsRouter = router({
  list: staffProcedure
    .input(
      z
        .object({ organisationId: Uuid.optional(), status: PublicationStatus.optional() })
        .default({}),
    )
    .output(z.array(RecordListItem))
    .query(async ({ ctx, input }) => {
      const orgIds = input.organisationId
        ? [input.organisationId]
        : ctx.user.memberships.map((m) => m.organisationId);
      if (input.organisationId) requireRole(ctx.user, input.organisationId, 'viewer');
      if (orgIds.length === 0) return [];
      const rows = await ctx.db
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
          and(
            inArray(schema.responseRecords.organisationId, orgIds),
            input.status ? eq(schema.responseRecords.status, input.status) : undefined,
          ),
        )
        .orderBy(desc(schema.responseRecords.updatedAt))
        .limit(500);
      return rows.map(({ record, organisation, report }) => ({
        id: record.id,
        rowVersion: record.rowVersion,
        status: record.status,
        draftVersion: record.draftVersion,
        latestPublishedVersion: record.latestPublishedVersion,
        organisation: {
          id: organisation.id,
          slug: organisation.slug,
          name: organisation.name,
          kind: organisation.kind,
        },
        report: {
          id: report.id,
          slug: report.slug,
          title: report.title,
          type: report.type,
          framework: report.framework,
          publishedOn: report.publishedOn,
        },
        updatedAt: record.updatedAt,
      }));
    }),

  get: staffProcedure
    .input(z.object({ recordId: Uuid }))
    .output(StaffRecord)
    .query(async ({ ctx, input }) =>
      toStaffRecord(await recordFor(ctx.useCase, input.recordId, 'viewer')),
    ),

  /** Edit the draft's own fields. Rich text is sanitised here, whatever the client sent. */
  updateDraft: staffProcedure
    .input(z.object({ recordId: Uuid, rowVersion: RowVersionInput, patch: DraftPatch }))
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const stored = await recordFor(ctx.useCase, input.recordId, 'editor');
      assertEditable(stored.row.status);
      const p = input.patch;
      const set = {
        ...(p.summary !== undefined && { summary: sanitizeRichText(p.summary) }),
        ...(p.commissionerComments !== undefined && {
          commissionerComments: sanitizeRichText(p.commissionerComments),
        }),
        ...(p.chiefOfficerComments !== undefined && {
          chiefOfficerComments: sanitizeRichText(p.chiefOfficerComments),
        }),
        ...(p.grades !== undefined && { grades: p.grades }),
        ...(p.commissioner !== undefined && { commissioner: p.commissioner }),
        ...(p.chiefOfficer !== undefined && { chiefOfficer: p.chiefOfficer }),
        // An edit after approval needs a fresh review.
        status: 'draft' as const,
        lastEditorId: ctx.user.id,
      };
      await ctx.db.transaction(async (tx) => {
        await updateRecordIfVersion(tx, stored.row.id, input.rowVersion, set);
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'record.draft_updated',
          entityType: 'response_record',
          entityId: stored.row.id,
          before: pick(stored.row, Object.keys(set)),
          after: set,
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, input.recordId, 'viewer'));
    }),

  setDates: staffProcedure
    .input(
      z.object({ recordId: Uuid, rowVersion: RowVersionInput, dates: StatutoryDates.partial() }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const stored = await recordFor(ctx.useCase, input.recordId, 'editor');
      await ctx.db.transaction(async (tx) => {
        await updateRecordIfVersion(tx, stored.row.id, input.rowVersion, {
          ...input.dates,
        });
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'record.dates_set',
          entityType: 'response_record',
          entityId: stored.row.id,
          before: pick(stored.row, Object.keys(input.dates)),
          after: input.dates,
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, input.recordId, 'viewer'));
    }),
});

export function assertEditable(status: string): void {
  if (status === 'in_review') {
    throw appError({
      code: 'NOT_EDITABLE',
      message: 'This record is in review: an approver must request changes before it can be edited',
    });
  }
  if (status === 'published' || status === 'withdrawn') {
    throw appError({
      code: 'NOT_EDITABLE',
      message: 'This version is published and frozen: start a new version to edit it',
    });
  }
}

function pick(row: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.filter((k) => k in row).map((k) => [k, (row as Record<string, unknown>)[k]]),
  );
}
