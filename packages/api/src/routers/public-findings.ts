import { escapeSnippet, plainTextOfHtml } from './snippets.js';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { schema, type Db } from '@irr/db';
import type { PgSelect } from 'drizzle-orm/pg-core';
import {
  CalendarDate,
  FindingKind,
  FindingStatus,
  GradeValue,
  isOverdue,
  slippageDays,
  type Grade,
} from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../schemas.js';

/**
 * The current published findings, filtered and searched: the portal's search, its open data and
 * its force pages all read through here. Wording comes from published_findings (frozen at
 * publication); tracking (status, target dates) is the live public field of the finding;
 * updates are public ones only.
 */

export const FindingFilters = z.object({
  q: z.string().trim().max(200).optional(),
  organisationSlug: z.string().max(80).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  reportType: z.string().max(60).optional(),
  kind: FindingKind.optional(),
  status: FindingStatus.optional(),
  grade: GradeValue.optional(),
  area: z.string().max(300).optional(),
});
export type FindingFilters = z.infer<typeof FindingFilters>;

export const PublicFindingRow = z.object({
  findingId: Uuid,
  recordId: Uuid,
  organisationSlug: z.string(),
  organisationName: z.string(),
  reportSlug: z.string(),
  reportTitle: z.string(),
  reportType: z.string(),
  reportPublishedOn: CalendarDate.nullable(),
  version: z.number().int(),
  ref: z.string(),
  kind: FindingKind,
  pillar: z.string().nullable(),
  area: z.string().nullable(),
  /** The grade the response gives the finding's area, else its pillar, else the overall grade. */
  grade: GradeValue.nullable(),
  text: z.string(),
  status: FindingStatus,
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  slippageDays: z.number().int(),
  overdue: z.boolean(),
  latestUpdateOn: CalendarDate.nullable(),
  /** Search only: the matched words in <mark>, everything else escaped. */
  snippet: z.string().nullable(),
  matchedIn: z.enum(['finding', 'update']).nullable(),
});
export type PublicFindingRow = z.infer<typeof PublicFindingRow>;

/** Where the response grades the finding: its area first, then its pillar, then overall. */
export function gradeFor(
  grades: readonly Grade[],
  pillar: string | null,
  area: string | null,
): Grade['value'] | null {
  const fold = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
  const byArea = area
    ? grades.find((g) => g.scope.level === 'area' && fold(g.scope.area) === fold(area))
    : undefined;
  const byPillar = pillar
    ? grades.find((g) => g.scope.level === 'pillar' && fold(g.scope.pillar) === fold(pillar))
    : undefined;
  const overall = grades.find((g) => g.scope.level === 'overall');
  return (byArea ?? byPillar ?? overall)?.value ?? null;
}

const HEADLINE = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12';

/** What a shown finding is joined to: its version, live finding, force, record and report. */
function withShownJoins<T extends PgSelect>(q: T) {
  const pf = schema.publishedFindings;
  return q
    .innerJoin(schema.recordVersions, eq(schema.recordVersions.id, pf.versionId))
    .innerJoin(schema.findings, eq(schema.findings.id, pf.findingId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, pf.organisationId))
    .innerJoin(schema.responseRecords, eq(schema.responseRecords.id, pf.recordId))
    .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId));
}
/** A finding the public sees: the current wording of a version that was not withdrawn. */
const SHOWN = and(
  eq(schema.publishedFindings.current, true),
  isNull(schema.recordVersions.withdrawnAt),
);

/** Every current published finding matching the filters: the words in SQL, the rest in memory (facets need all). */
export async function publishedFindings(
  db: Db,
  filters: FindingFilters,
  today: string,
): Promise<PublicFindingRow[]> {
  const pf = schema.publishedFindings;
  const q = filters.q && filters.q.length > 0 ? filters.q : null;
  const query = q ? sql`websearch_to_tsquery('english', ${q})` : null;
  const pfSearch = sql.raw('"published_findings"."search"');
  const updateMatch = query
    ? sql`exists (select 1 from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public' and u.search @@ ${query})`
    : null;
  const listed = db
    .select({
      findingId: pf.findingId,
      recordId: pf.recordId,
      organisationSlug: schema.organisations.slug,
      organisationName: schema.organisations.name,
      reportSlug: schema.reports.slug,
      reportTitle: schema.reports.title,
      reportType: schema.reports.type,
      reportPublishedOn: schema.reports.publishedOn,
      version: schema.recordVersions.version,
      ref: pf.ref,
      kind: pf.kind,
      pillar: pf.pillar,
      area: pf.area,
      text: pf.text,
      status: schema.findings.status,
      originalTargetDate: schema.findings.originalTargetDate,
      targetDate: schema.findings.targetDate,
      latestUpdateOn: sql<
        string | null
      >`(select max(u.date)::text from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public')`,
      findingMatch: query ? sql<boolean>`${pfSearch} @@ ${query}` : sql<boolean>`false`,
      rank: query
        ? sql<number>`ts_rank(${pfSearch}, ${query})`.mapWith(Number)
        : sql<number>`0`.mapWith(Number),
    })
    .from(pf)
    .$dynamic();
  const rows = await withShownJoins(listed)
    .where(
      and(
        SHOWN,
        query ? sql`(${pfSearch} @@ ${query} or ${updateMatch})` : undefined,
        // Narrowed here as well as in memory, so one force's findings do not cost the nation's.
        filters.organisationSlug
          ? eq(schema.organisations.slug, filters.organisationSlug)
          : undefined,
      ),
    )
    .orderBy(schema.organisations.name, sql`${schema.reports.publishedOn} desc nulls last`, pf.ref);
  // Grades per version, once each, for the grade of each finding.
  const versionIds = [...new Set(rows.map((r) => r.recordId))];
  const grades = new Map<string, Grade[]>();
  if (versionIds.length > 0) {
    const versions = await db
      .select({
        recordId: schema.recordVersions.recordId,
        version: schema.recordVersions.version,
        grades: sql<Grade[]>`${schema.recordVersions.snapshot}->'record'->'grades'`,
      })
      .from(schema.recordVersions)
      .where(inArray(schema.recordVersions.recordId, versionIds));
    for (const v of versions) grades.set(`${v.recordId}:${v.version}`, v.grades);
  }
  const out: PublicFindingRow[] = [];
  const ranked = q ? [...rows].sort((a, b) => b.rank - a.rank) : rows;
  for (const r of ranked) {
    out.push({
      findingId: r.findingId,
      recordId: r.recordId,
      organisationSlug: r.organisationSlug,
      organisationName: r.organisationName,
      reportSlug: r.reportSlug,
      reportTitle: r.reportTitle,
      reportType: r.reportType,
      reportPublishedOn: r.reportPublishedOn,
      version: r.version,
      ref: r.ref,
      kind: r.kind as FindingKind,
      pillar: r.pillar,
      area: r.area,
      grade: gradeFor(grades.get(`${r.recordId}:${r.version}`) ?? [], r.pillar, r.area),
      text: r.text,
      status: r.status,
      originalTargetDate: r.originalTargetDate,
      targetDate: r.targetDate,
      slippageDays: slippageDays({
        originalTargetDate: r.originalTargetDate,
        targetDate: r.targetDate,
      }),
      overdue: isOverdue({ status: r.status, targetDate: r.targetDate }, today),
      latestUpdateOn: r.latestUpdateOn,
      snippet: null,
      matchedIn: q ? (r.findingMatch ? 'finding' : 'update') : null,
    });
  }
  return out.filter((r) => matchesMemoryFilters(r, filters));
}

/** How many current published findings each force has: the force facet when only a force is chosen. */
export async function publishedFindingCountsByForce(db: Db): Promise<z.infer<typeof Facet>> {
  const pf = schema.publishedFindings;
  const counted = db
    .select({
      value: schema.organisations.slug,
      label: schema.organisations.name,
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(pf)
    .$dynamic();
  // The same joins and conditions as publishedFindings, so a count never includes a row the list cannot show.
  const rows = await withShownJoins(counted)
    .where(SHOWN)
    .groupBy(schema.organisations.slug, schema.organisations.name);
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}

/** Highlighted snippets for the findings a page shows: the finding's words, or its matching public update's. */
export async function attachSnippets(
  db: Db,
  list: PublicFindingRow[],
  q: string,
): Promise<PublicFindingRow[]> {
  if (list.length === 0 || q.trim() === '') return list;
  const pf = schema.publishedFindings;
  const query = sql`websearch_to_tsquery('english', ${q})`;
  const pfSearch = sql.raw('"published_findings"."search"');
  const source = sql`case when ${pfSearch} @@ ${query} then ${pf.text} else coalesce((select u.text from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public' and u.search @@ ${query} order by u.position desc limit 1), ${pf.text}) end`;
  const rows = await db
    .select({
      findingId: pf.findingId,
      h: sql<string>`ts_headline('english', ${plainTextOfHtml(source)}, ${query}, ${HEADLINE})`,
    })
    .from(pf)
    .where(
      and(
        eq(pf.current, true),
        inArray(
          pf.findingId,
          list.map((r) => r.findingId),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.findingId, escapeSnippet(r.h)]));
  return list.map((r) => ({ ...r, snippet: byId.get(r.findingId) ?? null }));
}

export function matchesMemoryFilters(
  r: PublicFindingRow,
  f: FindingFilters,
  skip?: keyof FindingFilters,
): boolean {
  if (
    skip !== 'organisationSlug' &&
    f.organisationSlug &&
    r.organisationSlug !== f.organisationSlug
  )
    return false;
  if (
    skip !== 'year' &&
    f.year !== undefined &&
    (r.reportPublishedOn === null || Number(r.reportPublishedOn.slice(0, 4)) !== f.year)
  )
    return false;
  if (skip !== 'reportType' && f.reportType && r.reportType !== f.reportType) return false;
  if (skip !== 'kind' && f.kind && r.kind !== f.kind) return false;
  if (skip !== 'status' && f.status && r.status !== f.status) return false;
  if (skip !== 'grade' && f.grade && r.grade !== f.grade) return false;
  if (skip !== 'area' && f.area && r.area !== f.area) return false;
  return true;
}

export const FacetName = z.enum([
  'organisationSlug',
  'year',
  'reportType',
  'kind',
  'status',
  'grade',
  'area',
]);
export type FacetName = z.infer<typeof FacetName>;
export const Facet = z.array(
  z.object({ value: z.string(), label: z.string(), count: z.number().int() }),
);
