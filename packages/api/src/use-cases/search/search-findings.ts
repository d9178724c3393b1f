import { searchStaffFindings } from '@irr/db/read-models';
import { escapeSnippet, FindingKind, FindingStatus } from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../../schemas.js';
import { readableOrganisations, type UseCaseContext } from '../context.js';

export const SearchFindingsInput = z.object({
  q: z.string().trim().min(1).max(200),
  organisationId: Uuid.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type SearchFindingsInput = z.infer<typeof SearchFindingsInput>;

export const FoundFinding = z.object({
  findingId: Uuid,
  recordId: Uuid,
  ref: z.string(),
  kind: FindingKind,
  status: FindingStatus,
  /** Safe HTML: the matching words in `<mark>`, everything else escaped. */
  snippet: z.string(),
  rank: z.number(),
});
export type FoundFinding = z.infer<typeof FoundFinding>;

/** Staff search over the live drafts of their own organisations, updates included. */
export async function searchFindings(
  uc: UseCaseContext,
  input: SearchFindingsInput,
): Promise<FoundFinding[]> {
  const organisationIds = readableOrganisations(uc.actor, input.organisationId);
  if (organisationIds?.length === 0) return [];
  const rows = await searchStaffFindings(uc.db, {
    q: input.q,
    organisationIds,
    limit: input.limit,
  });
  return rows.map((r) => ({ ...r, snippet: escapeSnippet(r.snippet) }));
}
