import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { CursorInput, keysetPage, PageLimit } from './keyset-page.js';
import { listReports, ReportList } from './list-reports.js';

export const ReportsPageInput = z.object({ cursor: CursorInput.optional(), limit: PageLimit });

export const ReportsPage = z.object({
  reports: ReportList,
  total: z.number().int(),
  next: z.string().nullable(),
});

/** The register of reports, newest first, a page at a time by cursor. */
export async function listReportsPage(
  ctx: PublicContext,
  input: z.output<typeof ReportsPageInput>,
): Promise<z.input<typeof ReportsPage>> {
  const all = await listReports(ctx);
  const { items, next } = keysetPage(
    all,
    { key: (r) => [r.publishedOn, r.title, r.slug], descending: [true] },
    input.cursor,
    input.limit,
  );
  return { reports: items, total: all.length, next };
}
