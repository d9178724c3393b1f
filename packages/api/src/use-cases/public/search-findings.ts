import { searchCurrentFindings } from '@irr/db/read-models';
import { escapeSnippet, FindingKind } from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../../schemas.js';
import type { PublicContext } from '../context.js';

export const SearchFindingsInput = z.object({
  q: z.string().trim().min(1).max(200),
  organisationSlug: z.string().max(80).optional(),
  kind: FindingKind.optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const FoundFindings = z.array(
  z.object({
    findingId: Uuid,
    recordId: Uuid,
    organisationName: z.string(),
    ref: z.string(),
    kind: FindingKind,
    snippet: z.string(),
    rank: z.number(),
  }),
);

/** Current published findings whose wording matches the words, best first, each with a highlighted snippet. */
export async function searchFindings(
  ctx: PublicContext,
  input: z.output<typeof SearchFindingsInput>,
): Promise<z.infer<typeof FoundFindings>> {
  const rows = await searchCurrentFindings(ctx.db, input);
  return rows.map((r) => ({
    ...r,
    kind: r.kind as FindingKind,
    snippet: escapeSnippet(r.snippet),
  }));
}
