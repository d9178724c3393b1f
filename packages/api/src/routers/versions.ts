import { and, asc, desc, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { ResponseRecord } from '@irr/domain';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { recordFor } from '../use-cases/index.js';
import { Uuid } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

const VersionSummary = z.object({
  version: z.number().int(),
  publishedAt: z.date(),
  publishedBy: z.string().nullable(),
  withdrawnAt: z.date().nullable(),
  withdrawalReason: z.string().nullable(),
});

/** A record's published versions, for history and for comparing any two. */
export const versionsRouter = router({
  list: staffProcedure
    .input(z.object({ recordId: Uuid }))
    .output(z.array(VersionSummary))
    .query(async ({ ctx, input }) => {
      await recordFor(ctx.useCase, input.recordId, 'viewer');
      const v = schema.recordVersions;
      const rows = await ctx.db
        .select({
          version: v.version,
          publishedAt: v.publishedAt,
          publishedBy: schema.users.displayName,
          withdrawnAt: v.withdrawnAt,
          withdrawalReason: v.withdrawalReason,
        })
        .from(v)
        .leftJoin(schema.users, eq(schema.users.id, v.publishedBy))
        .where(eq(v.recordId, input.recordId))
        .orderBy(asc(v.version));
      return rows;
    }),

  get: staffProcedure
    .input(z.object({ recordId: Uuid, version: z.number().int().positive() }))
    .output(z.object({ version: z.number().int(), publishedAt: z.date(), record: ResponseRecord }))
    .query(async ({ ctx, input }) => {
      await recordFor(ctx.useCase, input.recordId, 'viewer');
      const v = schema.recordVersions;
      const [row] = await ctx.db
        .select()
        .from(v)
        .where(and(eq(v.recordId, input.recordId), eq(v.version, input.version)));
      if (!row) throw notFound(`Version ${input.version}`);
      const snapshot = row.snapshot as { record: unknown };
      return {
        version: row.version,
        publishedAt: row.publishedAt,
        record: ResponseRecord.parse(snapshot.record),
      };
    }),

  /** Who changed the record itself lately, and what: the conflict screen and the history page name them. */
  changes: staffProcedure
    .input(z.object({ recordId: Uuid, limit: z.number().int().min(1).max(100).default(20) }))
    .output(
      z.array(
        z.object({
          at: z.date(),
          action: z.string(),
          by: z.string().nullable(),
          before: z.unknown(),
          after: z.unknown(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      await recordFor(ctx.useCase, input.recordId, 'viewer');
      const a = schema.auditEvents;
      return ctx.db
        .select({
          at: a.at,
          action: a.action,
          by: schema.users.displayName,
          before: a.before,
          after: a.after,
        })
        .from(a)
        .leftJoin(schema.users, eq(schema.users.id, a.actorId))
        .where(and(eq(a.entityType, 'response_record'), eq(a.entityId, input.recordId)))
        .orderBy(desc(a.id))
        .limit(input.limit);
    }),
});
