import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { recordAudit } from '@irr/db/repositories';
import { OrganisationKind, Slug } from '@irr/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { OrganisationSummary } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

export const organisationsRouter = router({
  /** The organisations the signed-in person belongs to. */
  mine: staffProcedure
    .input(z.void())
    .output(z.array(OrganisationSummary))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.select().from(schema.organisations);
      const mine = new Set(ctx.user.memberships.map((m) => m.organisationId));
      return rows
        .filter((o) => mine.has(o.id))
        .map((o) => ({ id: o.id, slug: o.slug, name: o.name, kind: o.kind }));
    }),

  /** Adding an organisation is for an admin of any organisation (the deployment's operators). */
  create: staffProcedure
    .input(
      z.object({
        slug: Slug,
        name: z.string().trim().min(1).max(200),
        kind: OrganisationKind,
        aliases: z.array(z.string().max(200)).max(20).default([]),
      }),
    )
    .output(OrganisationSummary)
    .mutation(async ({ ctx, input }) => {
      if (!ctx.user.memberships.some((m) => m.role === 'admin'))
        throw appError({ code: 'FORBIDDEN', message: 'Only an admin can add an organisation' });
      const [clash] = await ctx.db
        .select({ id: schema.organisations.id })
        .from(schema.organisations)
        .where(eq(schema.organisations.slug, input.slug));
      if (clash)
        throw appError({
          code: 'ALREADY_EXISTS',
          message: `An organisation with the slug "${input.slug}" already exists`,
          field: 'slug',
        });
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx.insert(schema.organisations).values(input).returning();
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: row!.id,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: row!.id,
          after: input,
        });
        return { id: row!.id, slug: row!.slug, name: row!.name, kind: row!.kind };
      });
    }),
});
