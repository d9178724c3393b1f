import { z } from 'zod';
import { CalendarDate, Id, Slug, WebLink } from './common.js';
import type { OrganisationKind } from './organisation.js';

export const InspectionType = z.enum([
  'peel',
  'thematic',
  'national',
  'joint',
  'custody',
  'crime_data_integrity',
  'vetting_counter_corruption',
  'child_protection',
  'fire_and_rescue',
]);
export type InspectionType = z.infer<typeof InspectionType>;

/** Which forces a report concerns: named ones, or all of them (a national report). */
export const Coverage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('forces'), forces: z.array(Slug) }),
  z.object({ kind: z.literal('national') }),
]);
export type Coverage = z.infer<typeof Coverage>;

/** A report covers every force when it is marked national or is a national inspection (its type). */
export function coversEveryForce(report: { national: boolean; type: string }): boolean {
  return report.national || report.type === 'national';
}

/**
 * A report whose findings are the same for every force that answers it, so they are stored once at the
 * report: a national or thematic inspection (a thematic one inspects a few forces, but its recommendations
 * are addressed to chief constables at large), or one marked national.
 */
export function findingsSharedAcrossForces(report: { national: boolean; type: string }): boolean {
  return coversEveryForce(report) || report.type === 'thematic';
}

/** The organisations a national report covers: fire and rescue services for a fire inspection, else police forces. */
export function nationalCoverageKind(type: string): OrganisationKind {
  return type === 'fire_and_rescue' ? 'fire_service' : 'police_force';
}

/** An HMICFRS publication, as the record describes it. */
export const ReportDetails = z.object({
  title: z.string().min(1).max(500),
  inspectorate: z.string().min(1).max(300),
  type: InspectionType,
  /** Reference-data framework id, e.g. `peel-2018-19`; null when the title names none. */
  framework: z.string().min(1).max(40).nullable(),
  publishedOn: CalendarDate.nullable(),
  link: WebLink.nullable(),
});
export type ReportDetails = z.infer<typeof ReportDetails>;

export const Report = ReportDetails.extend({
  id: Id,
  slug: Slug,
  coverage: Coverage,
});
export type Report = z.infer<typeof Report>;
