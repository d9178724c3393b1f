import { publicGeneration } from '@irr/db';
import {
  findingHeadlines,
  matchingResponses,
  shownFindingFacets,
  shownFindingOrder,
  shownFindingsWithIds,
} from '@irr/db/read-models';
import {
  escapeSnippet,
  Facet,
  FacetName,
  FindingFilters,
  londonDateOf,
  matchesSearch,
  onlyForceChosen,
  searchableText,
  suggestSpelling,
  withNamedForce,
} from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { listReports } from './list-reports.js';
import { PublicFindingRow, toPublicFindingRow } from './public-finding.js';
import {
  cachedForceCounts,
  cachedVocabulary,
  heldFindingList,
  type HeldFindingList,
} from './published-findings-cache.js';
import { Org, ReportRef } from './shapes.js';

export const SearchAllInput = FindingFilters.extend({
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const SearchAll = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  findings: z.array(PublicFindingRow),
  facets: z.record(FacetName, Facet),
  /** Reports whose title the words name, in full or by the short names people use ("PEEL 2018/19"). */
  reports: z.array(ReportRef.pick({ slug: true, title: true, publishedOn: true })),
  /** When the words find nothing: the same search with each unknown word spelt as the register spells it. */
  suggestion: z.string().nullable(),
  responses: z.array(
    z.object({
      organisation: Org,
      report: ReportRef,
      /** The response's own slug, for its address. */
      responseSlug: z.string(),
      version: z.number().int(),
      snippet: z.string(),
    }),
  ),
});

/** The portal's search: a page of matching findings with facet counts, and the responses whose text matches. */
export async function searchPortal(
  ctx: PublicContext,
  input: z.output<typeof SearchAllInput>,
): Promise<z.infer<typeof SearchAll>> {
  const { page, pageSize, ...typed } = input;
  // "Staffs vetting": the force by the name people use, the rest as words (the portal shows the force chosen).
  const filters = withNamedForce(typed);
  const today = londonDateOf(ctx.now());
  const { total, facets, order } = await findingList(ctx, filters);
  const rows = await shownFindingsWithIds(
    ctx.db,
    order.slice((page - 1) * pageSize, page * pageSize),
    filters.q,
  );
  const shown = rows.map((r) => toPublicFindingRow(r, today, !!filters.q));
  const responses = filters.q
    ? (await matchingResponses(ctx.db, filters.q, filters.organisationSlug)).map((r) => ({
        ...r,
        snippet: escapeSnippet(r.snippet),
      }))
    : [];
  const reports = filters.q ? await reportsNamed(ctx, filters.q) : [];
  const nothing = total === 0 && responses.length === 0 && reports.length === 0;
  return {
    total,
    page,
    pageSize,
    findings: filters.q ? await withSnippets(ctx, shown, filters.q) : shown,
    facets,
    responses,
    reports,
    suggestion:
      nothing && typed.q ? suggestSpelling(typed.q, await cachedVocabulary(ctx.db, today)) : null,
  };
}

/**
 * The findings passing the filters, in order, and each facet's counts, as the database filters, orders and
 * counts them, held until something public changes. A force's list alone (the commonest) reads only that
 * force's findings and each force's count.
 */
async function findingList(ctx: PublicContext, filters: FindingFilters): Promise<HeldFindingList> {
  const generation = await publicGeneration(ctx.db);
  return heldFindingList(
    ctx.db,
    JSON.stringify(filters),
    async () => {
      const forceAlone = !filters.q && onlyForceChosen(filters);
      const [counted, forces, order] = await Promise.all([
        shownFindingFacets(ctx.db, filters, { forcesCounted: forceAlone }),
        forceAlone ? cachedForceCounts(ctx.db, generation) : null,
        shownFindingOrder(ctx.db, filters),
      ]);
      const facets = (
        forces ? { ...counted.facets, organisationSlug: forces } : counted.facets
      ) as Record<FacetName, Facet>;
      return { total: counted.total, facets, order };
    },
    generation,
  );
}

/** The published reports whose titles the words name, by the domain's short names as the admin app's list reads them. */
async function reportsNamed(ctx: PublicContext, q: string) {
  return (await listReports(ctx))
    .filter((r) => matchesSearch(q, searchableText([r.title])))
    .map(({ slug, title, publishedOn }) => ({ slug, title, publishedOn }));
}

/** Highlighted snippets for the findings a page shows: the finding's words, or its matching public update's. */
async function withSnippets(
  ctx: PublicContext,
  list: PublicFindingRow[],
  q: string,
): Promise<PublicFindingRow[]> {
  if (list.length === 0 || q.trim() === '') return list;
  const rows = await findingHeadlines(
    ctx.db,
    list.map((r) => r.findingId),
    q,
  );
  const byId = new Map(rows.map((r) => [r.findingId, escapeSnippet(r.headline)]));
  return list.map((r) => ({ ...r, snippet: byId.get(r.findingId) ?? null }));
}
