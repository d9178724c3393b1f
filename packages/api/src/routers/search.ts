import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { schema } from '@irr/db';
import { plainTextOfHtml } from '@irr/db/read-models';
import { escapeSnippet, FindingKind, FindingStatus } from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../schemas.js';
import { requireRole, router, staffProcedure } from '../trpc.js';

/** Staff search over the live drafts of their own organisations, updates included. */
export const searchRouter = router({
  findings: staffProcedure
    .input(
      z.object({
        q: z.string().trim().min(1).max(200),
        organisationId: Uuid.optional(),
        limit: z.number().int().min(1).max(100).default(25),
      }),
    )
    .output(
      z.array(
        z.object({
          findingId: Uuid,
          recordId: Uuid,
          ref: z.string(),
          kind: FindingKind,
          status: FindingStatus,
          snippet: z.string(),
          rank: z.number(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      if (input.organisationId) requireRole(ctx.user, input.organisationId, 'viewer');
      const orgs = input.organisationId
        ? [input.organisationId]
        : ctx.user.memberships.map((m) => m.organisationId);
      if (orgs.length === 0) return [];
      const query = sql`websearch_to_tsquery('english', ${input.q})`;
      const f = schema.findings;
      const matchesUpdate = sql`exists (select 1 from finding_updates u where u.finding_id = ${f.id} and u.search @@ ${query})`;
      const rank = sql<number>`ts_rank(${sql.raw('"findings"."search"')}, ${query})`;
      const rows = await ctx.db
        .select({
          findingId: f.id,
          recordId: f.recordId,
          ref: f.ref,
          kind: f.kind,
          status: f.status,
          rank: rank.mapWith(Number),
          snippet: sql<string>`ts_headline('english', ${plainTextOfHtml(f.text)}, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10')`,
        })
        .from(f)
        .innerJoin(schema.responseRecords, eq(schema.responseRecords.id, f.recordId))
        .where(
          and(
            inArray(schema.responseRecords.organisationId, orgs),
            sql`(${sql.raw('"findings"."search"')} @@ ${query} or ${matchesUpdate})`,
          ),
        )
        .orderBy(desc(rank))
        .limit(input.limit);
      return rows.map((r) => ({ ...r, snippet: escapeSnippet(r.snippet) }));
    }),
});
