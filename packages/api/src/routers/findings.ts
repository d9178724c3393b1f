import { and, asc, desc, eq, max } from 'drizzle-orm';
import { schema, type Db } from '@irr/db';
import { recordAudit, updateFindingIfVersion, updateRecordIfVersion } from '@irr/db/repositories';
import {
  Acceptance,
  CalendarDate,
  checkCauseOfConcernClosure,
  checkFindingTransition,
  FindingGroup,
  FindingKind,
  isBlankRichText,
  FindingStatus,
  FindingUpdate,
  londonDateOf,
  reviseTargetDate,
  sanitizeRichText,
  SubItem,
  WebLink,
  type SubItem as SubItemType,
} from '@irr/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { findingFor, recordFor, setFindingOwner, toStaffRecord } from '../use-cases/index.js';
import { RowVersionInput, StaffRecord, Uuid } from '../schemas.js';
import { roleIn, router, staffProcedure } from '../trpc.js';
import { assertEditable } from './records.js';

const REF_PREFIX = {
  recommendation: 'R',
  cause_of_concern: 'C',
  area_for_improvement: 'AFI',
} as const;

function sanitizeSubItems(items: readonly SubItemType[]): SubItemType[] {
  return items.map((i) => ({
    text: sanitizeRichText(i.text),
    children: sanitizeSubItems(i.children),
  }));
}

async function touchRecord(tx: Db, recordId: string, userId: string) {
  await tx
    .update(schema.responseRecords)
    .set({ lastEditorId: userId, updatedAt: new Date() })
    .where(eq(schema.responseRecords.id, recordId));
}

const ContentPatch = z
  .object({
    text: z.string().min(1).max(200_000),
    subItems: z.array(SubItem).max(100),
    group: FindingGroup,
    reference: z.string().max(40).nullable(),
    deadlinePhrase: z.string().max(200).nullable(),
    supersedes: z.string().max(200).nullable(),
    acceptance: Acceptance.nullable(),
  })
  .partial();

export const findingsRouter = router({
  /** A finding the import missed or a new one: appended to the draft, numbered after its kind. */
  add: staffProcedure
    .input(
      z.object({
        recordId: Uuid,
        rowVersion: RowVersionInput,
        kind: FindingKind,
        text: z.string().min(1).max(200_000),
        group: FindingGroup,
        reference: z.string().max(40).nullable().default(null),
        deadlinePhrase: z.string().max(200).nullable().default(null),
      }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const stored = await recordFor(ctx.useCase, input.recordId, 'editor');
      assertEditable(stored.row.status);
      const text = sanitizeRichText(input.text);
      if (isBlankRichText(text))
        throw appError({ code: 'EMPTY_TEXT', message: 'A finding needs some text', field: 'text' });
      const prefix = REF_PREFIX[input.kind];
      const taken = new Set(stored.findings.map((f) => f.row.ref));
      let n = stored.findings.filter((f) => f.row.kind === input.kind).length + 1;
      while (taken.has(`${prefix}${n}`)) n++;
      const ref = `${prefix}${n}`;
      await ctx.db.transaction(async (tx) => {
        await updateRecordIfVersion(tx, stored.row.id, input.rowVersion, {
          status: 'draft',
          lastEditorId: ctx.user.id,
        });
        const [row] = await tx
          .insert(schema.findings)
          .values({
            recordId: stored.row.id,
            ref,
            position: stored.findings.reduce((m, f) => Math.max(m, f.row.position), -1) + 1,
            kind: input.kind,
            reference: input.reference,
            text,
            pillar: input.group.pillar,
            area: input.group.area,
            questionId: input.group.questionId,
            deadlinePhrase: input.deadlinePhrase,
            causeStatus: input.kind === 'cause_of_concern' ? 'open' : null,
          })
          .returning({ id: schema.findings.id });
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'finding.added',
          entityType: 'finding',
          entityId: row!.id,
          after: { ref, kind: input.kind, text, group: input.group },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),

  /** The findings' order in the record, as the editor arranged it; guarded by the record's version. */
  reorder: staffProcedure
    .input(
      z.object({ recordId: Uuid, rowVersion: RowVersionInput, order: z.array(Uuid).max(5000) }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const stored = await recordFor(ctx.useCase, input.recordId, 'editor');
      assertEditable(stored.row.status);
      const ids = stored.findings.map((f) => f.row.id);
      if (
        input.order.length !== ids.length ||
        new Set(input.order).size !== ids.length ||
        !input.order.every((id) => ids.includes(id))
      ) {
        throw appError({
          code: 'BAD_ORDER',
          message: 'The new order must list every finding of the record exactly once',
          field: 'order',
        });
      }
      await ctx.db.transaction(async (tx) => {
        await updateRecordIfVersion(tx, stored.row.id, input.rowVersion, {
          status: 'draft',
          lastEditorId: ctx.user.id,
        });
        for (const [position, id] of input.order.entries()) {
          await tx.update(schema.findings).set({ position }).where(eq(schema.findings.id, id));
        }
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'record.findings_reordered',
          entityType: 'response_record',
          entityId: stored.row.id,
          before: { order: stored.findings.map((f) => f.row.ref) },
          after: {
            order: input.order.map((id) => stored.findings.find((f) => f.row.id === id)!.row.ref),
          },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),

  /** A finding's status moves, target-date revisions and audited changes, with who made them. */
  history: staffProcedure
    .input(z.object({ findingId: Uuid }))
    .output(
      z.object({
        statusChanges: z.array(
          z.object({
            from: z.string(),
            to: z.string(),
            reason: z.string().nullable(),
            on: CalendarDate,
            by: z.string().nullable(),
          }),
        ),
        targetDateRevisions: z.array(
          z.object({
            from: CalendarDate.nullable(),
            to: CalendarDate,
            reason: z.string(),
            on: CalendarDate,
            by: z.string().nullable(),
          }),
        ),
        changes: z.array(
          z.object({
            at: z.date(),
            action: z.string(),
            by: z.string().nullable(),
            before: z.unknown(),
            after: z.unknown(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { finding } = await findingFor(ctx.useCase, input.findingId, 'viewer');
      const u = schema.users;
      const sc = schema.statusChanges;
      const statusChanges = await ctx.db
        .select({
          from: sc.fromStatus,
          to: sc.toStatus,
          reason: sc.reason,
          on: sc.changedOn,
          by: u.displayName,
        })
        .from(sc)
        .leftJoin(u, eq(u.id, sc.changedBy))
        .where(eq(sc.findingId, finding.row.id))
        .orderBy(asc(sc.createdAt));
      const tr = schema.targetDateRevisions;
      const targetDateRevisions = await ctx.db
        .select({
          from: tr.fromDate,
          to: tr.toDate,
          reason: tr.reason,
          on: tr.revisedOn,
          by: u.displayName,
        })
        .from(tr)
        .leftJoin(u, eq(u.id, tr.revisedBy))
        .where(eq(tr.findingId, finding.row.id))
        .orderBy(asc(tr.createdAt));
      const a = schema.auditEvents;
      const changes = await ctx.db
        .select({ at: a.at, action: a.action, by: u.displayName, before: a.before, after: a.after })
        .from(a)
        .leftJoin(u, eq(u.id, a.actorId))
        .where(and(eq(a.entityType, 'finding'), eq(a.entityId, finding.row.id)))
        .orderBy(desc(a.id))
        .limit(50);
      return { statusChanges, targetDateRevisions, changes };
    }),

  /** Edit what the response says about a finding; only while the record is a draft. */
  updateContent: staffProcedure
    .input(z.object({ findingId: Uuid, rowVersion: RowVersionInput, patch: ContentPatch }))
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const { stored, finding } = await findingFor(ctx.useCase, input.findingId, 'editor');
      assertEditable(stored.row.status);
      const p = input.patch;
      if (
        p.acceptance !== undefined &&
        p.acceptance !== null &&
        finding.row.kind !== 'recommendation'
      ) {
        throw appError({
          code: 'ACCEPTANCE_NOT_RECOMMENDATION',
          message: 'Only a recommendation takes an acceptance',
          field: 'acceptance',
        });
      }
      const set = {
        ...(p.text !== undefined && { text: sanitizeRichText(p.text) }),
        ...(p.subItems !== undefined && { subItems: sanitizeSubItems(p.subItems) }),
        ...(p.group !== undefined && {
          pillar: p.group.pillar,
          area: p.group.area,
          questionId: p.group.questionId,
        }),
        ...(p.reference !== undefined && { reference: p.reference }),
        ...(p.deadlinePhrase !== undefined && { deadlinePhrase: p.deadlinePhrase }),
        ...(p.supersedes !== undefined && { supersedes: p.supersedes }),
        ...(p.acceptance !== undefined && {
          acceptancePosition: p.acceptance?.position ?? null,
          acceptanceExplanation: p.acceptance ? sanitizeRichText(p.acceptance.explanation) : null,
        }),
      };
      await ctx.db.transaction(async (tx) => {
        await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, set);
        if (stored.row.status === 'approved') {
          await updateRecordIfVersion(tx, stored.row.id, stored.row.rowVersion, {
            status: 'draft',
          });
        }
        await touchRecord(tx, stored.row.id, ctx.user.id);
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'finding.content_updated',
          entityType: 'finding',
          entityId: finding.row.id,
          before: finding.finding,
          after: set,
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),

  /** A dated progress update; allowed at any stage, since tracking goes on after publication. */
  addUpdate: staffProcedure
    .input(
      z.object({
        findingId: Uuid,
        update: FindingUpdate.extend({ date: CalendarDate.nullable().default(null) }),
      }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const { stored, finding } = await findingFor(ctx.useCase, input.findingId, 'editor');
      const text = sanitizeRichText(input.update.text);
      if (!text.replace(/<[^>]*>/g, '').trim())
        throw appError({ code: 'EMPTY_TEXT', message: 'An update needs some text', field: 'text' });
      const date = input.update.date ?? londonDateOf(ctx.now());
      await ctx.db.transaction(async (tx) => {
        const [last] = await tx
          .select({ p: max(schema.findingUpdates.position) })
          .from(schema.findingUpdates)
          .where(eq(schema.findingUpdates.findingId, finding.row.id));
        const [row] = await tx
          .insert(schema.findingUpdates)
          .values({
            findingId: finding.row.id,
            date,
            author: input.update.author,
            visibility: input.update.visibility,
            text,
            position: (last?.p ?? -1) + 1,
            createdBy: ctx.user.id,
          })
          .returning();
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'finding.update_added',
          entityType: 'finding_update',
          entityId: row!.id,
          after: {
            findingId: finding.row.id,
            date,
            author: input.update.author,
            visibility: input.update.visibility,
            text,
          },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),

  transition: staffProcedure
    .input(
      z.object({
        findingId: Uuid,
        rowVersion: RowVersionInput,
        to: FindingStatus,
        reason: z.string().max(2000).optional(),
        finalUpdate: z.string().max(200_000).optional(),
        supersededBy: z.string().max(200).optional(),
        closure: z.object({ basis: z.enum(['assured', 'hmicfrs']) }).optional(),
      }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const { stored, finding } = await findingFor(ctx.useCase, input.findingId, 'editor');
      const check = checkFindingTransition({
        from: finding.row.status,
        to: input.to,
        actorRole: roleIn(ctx.user, stored.row.organisationId)!,
        reason: input.reason,
        finalUpdate: input.finalUpdate,
        supersededBy: input.supersededBy,
        closure: input.closure,
      });
      if (!check.ok) throw appError(check.error);
      const today = londonDateOf(ctx.now());
      await ctx.db.transaction(async (tx) => {
        // The finding that supersedes this one is named in the status change's reason and the audit event.
        await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, {
          status: input.to,
        });
        await tx.insert(schema.statusChanges).values({
          findingId: finding.row.id,
          fromStatus: finding.row.status,
          toStatus: input.to,
          reason:
            input.reason?.trim() ||
            (input.supersededBy ? `Superseded by ${input.supersededBy}` : null),
          changedOn: today,
          changedBy: ctx.user.id,
        });
        if (input.finalUpdate) {
          const [last] = await tx
            .select({ p: max(schema.findingUpdates.position) })
            .from(schema.findingUpdates)
            .where(eq(schema.findingUpdates.findingId, finding.row.id));
          await tx.insert(schema.findingUpdates).values({
            findingId: finding.row.id,
            date: today,
            author: 'force',
            visibility: 'public',
            text: sanitizeRichText(input.finalUpdate),
            position: (last?.p ?? -1) + 1,
            createdBy: ctx.user.id,
          });
        }
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: `finding.${finding.row.status}_to_${input.to}`,
          entityType: 'finding',
          entityId: finding.row.id,
          before: { status: finding.row.status },
          after: {
            status: input.to,
            reason: input.reason ?? null,
            supersededBy: input.supersededBy ?? null,
            closure: input.closure ?? null,
          },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),

  /** The first target date is set by an editor; every later change needs an approver and a reason. */
  setTargetDate: staffProcedure
    .input(
      z.object({
        findingId: Uuid,
        rowVersion: RowVersionInput,
        to: CalendarDate,
        reason: z.string().max(2000).optional(),
      }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const first = await findingFor(ctx.useCase, input.findingId, 'editor');
      const { stored, finding } = first.finding.row.targetDate
        ? await findingFor(ctx.useCase, input.findingId, 'approver')
        : first;
      const today = londonDateOf(ctx.now());
      const revised = reviseTargetDate(
        {
          originalTargetDate: finding.row.originalTargetDate,
          targetDate: finding.row.targetDate,
          revisions: [],
        },
        { to: input.to, reason: input.reason ?? '', revisedOn: today, revisedBy: ctx.user.id },
      );
      if (!revised.ok) throw appError(revised.error);
      await ctx.db.transaction(async (tx) => {
        await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, {
          targetDate: revised.value.targetDate,
          originalTargetDate: revised.value.originalTargetDate,
        });
        if (finding.row.targetDate) {
          await tx.insert(schema.targetDateRevisions).values({
            findingId: finding.row.id,
            fromDate: finding.row.targetDate,
            toDate: input.to,
            reason: input.reason!.trim(),
            revisedOn: today,
            revisedBy: ctx.user.id,
          });
        }
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: finding.row.targetDate
            ? 'finding.target_date_revised'
            : 'finding.target_date_set',
          entityType: 'finding',
          entityId: finding.row.id,
          before: { targetDate: finding.row.targetDate },
          after: { targetDate: input.to, reason: input.reason ?? null },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),

  setOwner: staffProcedure
    .input(
      z.object({
        findingId: Uuid,
        rowVersion: RowVersionInput,
        owner: z.string().trim().max(200).nullable(),
      }),
    )
    .output(StaffRecord)
    .mutation(({ ctx, input }) => setFindingOwner(ctx.useCase, input)),

  /** HMICFRS closes a cause of concern by letter, apart from its recommendations. */
  closeCauseOfConcern: staffProcedure
    .input(
      z.object({
        findingId: Uuid,
        rowVersion: RowVersionInput,
        letterDate: CalendarDate,
        letterLink: WebLink,
      }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const { stored, finding } = await findingFor(ctx.useCase, input.findingId, 'editor');
      if (finding.row.kind !== 'cause_of_concern')
        throw appError({
          code: 'NOT_A_CAUSE',
          message: 'Only a cause of concern closes by letter',
        });
      const check = checkCauseOfConcernClosure({
        from: finding.row.causeStatus ?? 'open',
        to: 'closed',
        actorRole: roleIn(ctx.user, stored.row.organisationId)!,
        letterDate: input.letterDate,
        letterLink: input.letterLink,
      });
      if (!check.ok) throw appError(check.error);
      await ctx.db.transaction(async (tx) => {
        await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, {
          causeStatus: 'closed',
          causeClosedOn: input.letterDate,
          causeClosureLink: input.letterLink,
        });
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: 'cause_of_concern.closed',
          entityType: 'finding',
          entityId: finding.row.id,
          before: { causeStatus: finding.row.causeStatus },
          after: { causeStatus: 'closed', ...input },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, stored.row.id, 'viewer'));
    }),
});
