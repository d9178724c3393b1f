import { and, eq, isNull } from 'drizzle-orm';
import { schema } from '@irr/db';
import { publicRecord, recordAudit, updateRecordIfVersion } from '@irr/db/repositories';
import { checkPublicationTransition, londonDateOf, PublicationStatus } from '@irr/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { recordFor, toStaffRecord } from '../use-cases/index.js';
import { RowVersionInput, StaffRecord, Uuid } from '../schemas.js';
import { roleIn, router, staffProcedure } from '../trpc.js';

/**
 * The publication lifecycle: submit, request changes, approve, publish, withdraw, start a new
 * version. The domain's transition table decides; this applies the result in one transaction.
 */
export const workflowRouter = router({
  transition: staffProcedure
    .input(
      z.object({
        recordId: Uuid,
        rowVersion: RowVersionInput,
        to: PublicationStatus,
        reason: z.string().max(2000).optional(),
      }),
    )
    .output(StaffRecord)
    .mutation(async ({ ctx, input }) => {
      const stored = await recordFor(ctx.useCase, input.recordId, 'editor');
      const from = stored.row.status;
      const check = checkPublicationTransition({
        from,
        to: input.to,
        actorRole: roleIn(ctx.user, stored.row.organisationId)!,
        actorId: ctx.user.id,
        lastEditorId: stored.row.lastEditorId,
        reason: input.reason,
        findings: stored.record.findings,
      });
      if (!check.ok) throw appError(check.error);
      const now = ctx.now();
      const today = londonDateOf(now);
      await ctx.db.transaction(async (tx) => {
        const newVersion = from === 'published' || from === 'withdrawn';
        const set = {
          status: input.to,
          changesRequestedReason:
            from === 'in_review' && input.to === 'draft' ? (input.reason ?? null) : null,
          ...(input.to === 'published' && {
            latestPublishedVersion: stored.row.draftVersion,
            firstPublishedOn: stored.row.firstPublishedOn ?? today,
          }),
          ...(input.to === 'draft' &&
            newVersion && {
              draftVersion: (stored.row.latestPublishedVersion ?? 0) + 1,
              lastEditorId: null,
            }),
        };
        await updateRecordIfVersion(tx, stored.row.id, input.rowVersion, set);
        if (input.to === 'published') {
          const snapshot = publicRecord({
            ...stored.record,
            status: 'published',
            version: stored.row.draftVersion,
          });
          const [version] = await tx
            .insert(schema.recordVersions)
            .values({
              recordId: stored.row.id,
              version: stored.row.draftVersion,
              publishedAt: now,
              publishedBy: ctx.user.id,
              snapshot: {
                record: snapshot,
                findingIds: Object.fromEntries(stored.findings.map((f) => [f.row.ref, f.row.id])),
              },
            })
            .returning();
          // Public search reads only published wording: the findings as they stand in this version.
          await tx
            .update(schema.publishedFindings)
            .set({ current: false })
            .where(eq(schema.publishedFindings.recordId, stored.row.id));
          if (stored.findings.length > 0) {
            await tx.insert(schema.publishedFindings).values(
              stored.findings.map((f) => ({
                versionId: version!.id,
                findingId: f.row.id,
                recordId: stored.row.id,
                organisationId: stored.row.organisationId,
                ref: f.row.ref,
                kind: f.row.kind,
                pillar: f.row.pillar,
                area: f.row.area,
                text: f.row.text,
              })),
            );
          }
        }
        if (input.to === 'withdrawn') {
          await tx
            .update(schema.recordVersions)
            .set({ withdrawnAt: now, withdrawalReason: input.reason!.trim() })
            .where(
              and(
                eq(schema.recordVersions.recordId, stored.row.id),
                eq(schema.recordVersions.version, stored.row.latestPublishedVersion ?? -1),
                isNull(schema.recordVersions.withdrawnAt),
              ),
            );
          await tx
            .update(schema.publishedFindings)
            .set({ current: false })
            .where(eq(schema.publishedFindings.recordId, stored.row.id));
        }
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: stored.row.organisationId,
          action: `record.${from}_to_${input.to}`,
          entityType: 'response_record',
          entityId: stored.row.id,
          before: { status: from, version: stored.row.draftVersion },
          after: { ...set, reason: input.reason ?? null },
        });
      });
      return toStaffRecord(await recordFor(ctx.useCase, input.recordId, 'viewer'));
    }),
});
