import type { AcceptancePosition, FindingKind, FindingStatus } from './finding.js';
import type { InspectionType } from './report.js';
import type { PublicationStatus } from './response-record.js';

// The words people read for each enum value: one set, so the record format, the staff app and the portal agree.

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  recommendation: 'Recommendation',
  cause_of_concern: 'Cause of concern',
  area_for_improvement: 'Area for improvement',
};

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  closed: 'Closed',
  superseded: 'Superseded',
  no_longer_applicable: 'No longer applicable',
};

export const ACCEPTANCE_LABELS: Record<AcceptancePosition, string> = {
  accepted: 'Accepted',
  partially_accepted: 'Partially accepted',
  not_accepted: 'Not accepted',
};

export const INSPECTION_TYPE_LABELS: Record<InspectionType, string> = {
  peel: 'PEEL',
  thematic: 'Thematic',
  national: 'National',
  joint: 'Joint',
  custody: 'Custody',
  crime_data_integrity: 'Crime data integrity',
  vetting_counter_corruption: 'Vetting and counter-corruption',
  child_protection: 'Child protection',
  fire_and_rescue: 'Fire and rescue',
};

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  withdrawn: 'Withdrawn',
};
