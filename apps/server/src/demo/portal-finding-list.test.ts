import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type {} from '@irr/db/testing/global-setup';
import { MIGRATIONS_FOLDER } from '@irr/db';
import { shownFindings } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { filterAndFacet, type FacetName, type FacetRow, type FindingFilters } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../http/test-server.js';
import { seedDemo } from './seed-demo.js';

interface SearchAll {
  total: number;
  findings: {
    findingId: string;
    grade: string | null;
    title: string | null;
    reference: string | null;
  }[];
  facets: Record<FacetName, { value: string; label: string; count: number }[]>;
}

/**
 * The portal's finding list filters, pages and counts in SQL; the domain's `filterAndFacet` says what the answer
 * is. On the demo data (four forces, graded pillars and areas, every status), every filter alone and in pairs,
 * with words and without, gives the same findings and counts as the domain over every shown finding.
 */
describe.each(testDrivers())("the portal's finding list on the demo data (%s)", (driver) => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    // As the tables' owner: the last test rewrites published rows, which the application role may not.
    h = await startTestServer({ driver, as: 'owner' });
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
    await seedDemo(h.db, { generatePassword: () => 'a demo password of no use' });
  });
  afterAll(() => h.close());

  async function searchAll(input: Record<string, unknown>): Promise<SearchAll> {
    const res = await fetch(
      h.url(`/trpc/public.searchAll?input=${encodeURIComponent(JSON.stringify(input))}`),
    );
    expect(res.status, JSON.stringify(input)).toBe(200);
    return ((await res.json()) as { result: { data: SearchAll } }).result.data;
  }

  /** Every page of the list, a hundred at a time. */
  async function everyPage(filters: FindingFilters) {
    const first = await searchAll({ ...filters, pageSize: 100 });
    const rows = [...first.findings];
    for (let page = 2; (page - 1) * 100 < first.total; page++)
      rows.push(...(await searchAll({ ...filters, page, pageSize: 100 })).findings);
    return { ...first, findings: rows };
  }

  async function expected(filters: FindingFilters) {
    const rows = await shownFindings(h.db, { q: filters.q ?? null });
    return filterAndFacet(rows as unknown as (FacetRow & (typeof rows)[number])[], filters);
  }

  it('has what the comparison needs: several forces, grades, areas and statuses', async () => {
    const nation = await searchAll({});
    expect(nation.total).toBeGreaterThan(20);
    for (const facet of ['organisationSlug', 'grade', 'area', 'status', 'kind', 'year'] as const)
      expect(nation.facets[facet].length, facet).toBeGreaterThan(1);
  });

  it('gives the domain’s findings and counts for every filter alone, in pairs and with words', async () => {
    const nation = await searchAll({});
    const values = (name: FacetName) => nation.facets[name].slice(0, 2).map((v) => v.value);
    const single: FindingFilters[] = [
      {},
      ...values('organisationSlug').map((organisationSlug) => ({ organisationSlug })),
      ...values('year').map((y) => ({ year: Number(y) })),
      ...values('reportType').map((reportType) => ({ reportType })),
      ...values('kind').map((kind) => ({ kind: kind as FindingFilters['kind'] })),
      ...values('status').map((status) => ({ status: status as FindingFilters['status'] })),
      ...values('grade').map((grade) => ({ grade: grade as FindingFilters['grade'] })),
      ...values('area').map((area) => ({ area })),
      { year: 1999 },
      { area: 'No such area' },
    ];
    const combos: FindingFilters[] = [
      ...single,
      ...single.slice(1, 8).map((f, i) => ({ ...f, ...single[(i * 3 + 5) % single.length] })),
      ...['vetting', 'crime', 'training'].flatMap((q) => [
        { q },
        { q, ...single[1] },
        { q, ...single[9] },
      ]),
    ];
    for (const filters of combos) {
      const got = await everyPage(filters);
      const want = await expected(filters);
      const label = JSON.stringify(filters);
      expect(got.total, label).toBe(want.matching.length);
      expect(got.findings.map((f) => f.findingId).sort(), label).toEqual(
        want.matching.map((f) => f.findingId).sort(),
      );
      expect(got.facets, label).toEqual(want.facets);
    }
  });

  it('pages in the order of force, newest report and reference, and by relevance when searched', async () => {
    const all = await everyPage({});
    const shown = new Map((await shownFindings(h.db, { q: null })).map((r) => [r.findingId, r]));
    const rows = all.findings.map((f) => shown.get(f.findingId)!);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const byForce = a.organisationName.localeCompare(b.organisationName);
      expect(byForce, `${a.findingId} before ${b.findingId}`).toBeLessThanOrEqual(0);
      if (byForce === 0)
        expect((a.reportPublishedOn ?? '') >= (b.reportPublishedOn ?? '')).toBe(true);
    }
    const searched = await searchAll({ q: 'vetting', pageSize: 3 });
    expect(searched.findings.length).toBe(3);
    const ranked = new Map(
      (await shownFindings(h.db, { q: 'vetting' })).map((r) => [r.findingId, r.rank]),
    );
    // The page holds the three best ranked, best first.
    expect(ranked.size).toBeGreaterThan(3);
    const best = [...ranked.values()].sort((a, b) => b - a).slice(0, 3);
    expect(searched.findings.map((f) => ranked.get(f.findingId))).toEqual(best);
  });

  it('copies at publication what the migration fills in for versions published before it', async () => {
    const columns = sql`finding_id::text as id, grade, title, reference, acceptance`;
    const stored = await h.db.execute(sql`select ${columns} from published_findings order by 1`);
    const before = (stored as { rows: unknown[] }).rows;
    expect(
      before.filter((r) => (r as { grade: string | null }).grade !== null).length,
    ).toBeGreaterThan(10);
    expect(before.some((r) => (r as { reference: string | null }).reference !== null)).toBe(true);
    expect(before.some((r) => (r as { acceptance: string | null }).acceptance !== null)).toBe(true);
    await h.db.execute(
      sql`update published_findings set grade = null, title = null, reference = null, acceptance = null`,
    );
    const migration = readFileSync(
      join(MIGRATIONS_FOLDER, '0021_published_finding_details.sql'),
      'utf8',
    );
    const updates = migration
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => /^(--[^\n]*\n)*UPDATE/.test(s));
    expect(updates).toHaveLength(2);
    for (const statement of updates) await h.db.execute(sql.raw(statement));
    const after = (
      (await h.db.execute(sql`select ${columns} from published_findings order by 1`)) as {
        rows: unknown[];
      }
    ).rows;
    expect(after).toEqual(before);
  });
});
