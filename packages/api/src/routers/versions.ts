import { and, asc, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { ResponseRecord } from '@irr/domain';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { recordFor } from '../records-access.js';
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
      await recordFor(ctx, input.recordId, 'viewer');
      const v = schema.recordVersions;
      const rows = await ctx.db
        .select({ version: v.version, publishedAt: v.publishedAt, publishedBy: schema.users.displayName, withdrawnAt: v.withdrawnAt, withdrawalReason: v.withdrawalReason })
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
      await recordFor(ctx, input.recordId, 'viewer');
      const v = schema.recordVersions;
      const [row] = await ctx.db.select().from(v).where(and(eq(v.recordId, input.recordId), eq(v.version, input.version)));
      if (!row) throw notFound(`Version ${input.version}`);
      const snapshot = row.snapshot as { record: unknown };
      return { version: row.version, publishedAt: row.publishedAt, record: ResponseRecord.parse(snapshot.record) };
    }),
});
