import { z } from 'zod';
import { Instant, RichText } from './common.js';
import { Finding } from './finding.js';
import { Grade } from './grade.js';
import { OfficeHolder } from './office-holder.js';
import { OrganisationRef } from './organisation.js';
import { ReportDetails } from './report.js';

export const PublicationStatus = z.enum([
  'draft',
  'in_review',
  'approved',
  'published',
  'withdrawn',
]);
export type PublicationStatus = z.infer<typeof PublicationStatus>;

/** The most findings one record holds: a report has dozens; thousands is a mistake or an attack. */
export const MAX_FINDINGS = 5000;

/**
 * The s55 publication for one report and one force: what the record format carries.
 * `version` is the published version number; null for a record never published.
 */
export const ResponseRecord = z.object({
  version: z.number().int().positive().nullable(),
  /** The version label the office's own document gives ("v1.1", "2.0"), kept as written; not ours. */
  documentVersion: z.string().trim().min(1).max(40).nullable().default(null),
  status: PublicationStatus,
  organisation: OrganisationRef,
  commissioner: OfficeHolder,
  chiefOfficer: OfficeHolder,
  report: ReportDetails,
  summary: RichText,
  grades: z.array(Grade),
  findings: z.array(Finding).max(MAX_FINDINGS),
  commissionerComments: RichText,
  chiefOfficerComments: RichText,
});
export type ResponseRecord = z.infer<typeof ResponseRecord>;

/** A frozen, numbered published version, as the portal shows it. */
export const PublishedSnapshot = z.object({
  version: z.number().int().positive(),
  publishedAt: Instant,
  record: ResponseRecord,
  withdrawal: z.object({ at: Instant, reason: z.string().min(1).max(2000) }).nullable(),
});
export type PublishedSnapshot = z.infer<typeof PublishedSnapshot>;
