import { z } from 'zod';
import { FindingKind, FindingStatus, GradeValue, type CalendarDate } from '../model/index.js';

/** The portal's filters of the published findings: its search page, its force pages and its open data. */
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

/** What each filter of the finding list is called on the portal. */
export const FACET_NAME_LABELS: Record<FacetName, string> = {
  organisationSlug: 'Force',
  year: 'Year of report',
  reportType: 'Type of report',
  kind: 'Kind of finding',
  status: 'Status',
  grade: 'Grade',
  area: 'Area',
};

/** One facet's values, each with how many findings choosing it would give. */
export const Facet = z.array(
  z.object({ value: z.string(), label: z.string(), count: z.number().int() }),
);
export type Facet = z.infer<typeof Facet>;

/** What the filters and facets read of a published finding. */
export interface FacetRow {
  organisationSlug: string;
  organisationName: string;
  reportPublishedOn: CalendarDate | null;
  reportType: string;
  kind: FindingKind;
  status: FindingStatus;
  grade: GradeValue | null;
  area: string | null;
}

/** Whether a finding passes every filter but the words (matched by the database), and `skip`. */
export function matchesMemoryFilters(
  r: FacetRow,
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

/** True when the only filter is the force (words aside): its list needs only its own rows. */
export function onlyForceChosen(f: FindingFilters): boolean {
  return (
    !!f.organisationSlug &&
    f.year === undefined &&
    !f.reportType &&
    !f.kind &&
    !f.status &&
    !f.grade &&
    !f.area
  );
}
