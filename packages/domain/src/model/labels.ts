import type { RecordedDateField } from '../clock/recorded-dates.js';
import type { NoTimeLimitReason } from '../clock/report-response-state.js';
import type { DiagnosticSeverity } from '../codec/diagnostics.js';
import type { BlockPlacement, ReviewHeaderField } from '../import-review/decisions.js';
import type { ReportDetailField } from '../lifecycle/report-details.js';
import type { AuditAction, AuditEntityType } from './audit.js';
import type { FindingDue, FindingSort, RecordQueue, SortDirection } from './findings-query.js';
import type {
  AcceptancePosition,
  CauseOfConcernStatus,
  FindingKind,
  FindingStatus,
  UpdateAuthor,
  DatePrecision,
  Visibility,
} from './finding.js';
import type { GradeScale, GradeValue } from './grade.js';
import type { Office } from './office-holder.js';
import type { OrganisationKind } from './organisation.js';
import type { InspectionType } from './report.js';
import type { PublicationStatus } from './response-record.js';
import type { Role } from './user.js';
import type { DigestFrequency, NotificationKind } from '../notifications/notification.js';
import type { AlertFrequency, AlertTargetKind } from '../notifications/public-alert.js';

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

export const CAUSE_OF_CONCERN_STATUS_LABELS: Record<CauseOfConcernStatus, string> = {
  open: 'Open',
  closed: 'Closed',
};

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'Day',
  month: 'Month only',
};

export const UPDATE_AUTHOR_LABELS: Record<UpdateAuthor, string> = {
  force: 'Force',
  opcc: 'OPCC',
  hmicfrs: 'HMICFRS',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public',
  internal: 'Internal',
};

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer',
  editor: 'Editor',
  approver: 'Approver',
  admin: 'Admin',
};

/** Why a response has no 56-day deadline: the register of reports says it beside "not required" or "no fixed time limit". */
export const NO_TIME_LIMIT_REASON_LABELS: Record<NoTimeLimitReason, string> = {
  fire_service: 'fire and rescue services have no 56-day duty to publish a response',
  before_time_limit: 'the report was published before 2 May 2017, when the 56-day limit began',
  report_date_unknown: 'the report’s publication date is not recorded',
  office_recorded: 'the office recorded that no response is required',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  police_force: 'Police force',
  fire_service: 'Fire and rescue service',
};

export const OFFICE_LABELS: Record<Office, string> = {
  commissioner: 'Commissioner',
  chief_officer: 'Chief officer',
};

/** As HMICFRS prints them (sentence case). */
export const GRADE_VALUE_LABELS: Record<GradeValue, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

export const GRADE_SCALE_LABELS: Record<GradeScale, string> = {
  four_point: 'Four-point scale',
  five_point: 'Five-point scale',
};

export const AUDIT_ENTITY_TYPE_LABELS: Record<AuditEntityType, string> = {
  organisation: 'Organisation',
  report: 'Report',
  response_record: 'Response record',
  finding: 'Finding',
  finding_update: 'Update',
  user: 'User',
  session: 'Session',
  saved_filter: 'Saved filter',
};

/** What someone did, as the audit log and the dashboard's recent activity say it. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'record.imported': 'Imported a response record',
  'record.imported_new_version': 'Imported the next version of a response record',
  'record.import_reviewed': 'Saved a reviewed import',
  'record.import_replaced_draft': 'Replaced a draft with an import',
  'record.draft_updated': 'Edited a draft',
  'record.dates_set': "Set a record's dates",
  'record.dates_corrected': "Corrected a published record's dates",
  'record.findings_reordered': 'Reordered the findings',
  'record.submitted': 'Submitted a record for review',
  'record.changes_requested': 'Requested changes to a record',
  'record.approved': 'Approved a record',
  'record.published': 'Published a record',
  'record.approval_reopened': 'Took an approved record back to draft',
  'record.returned_to_review': 'Returned an approved record to review',
  'record.withdrawn': 'Withdrew a published record',
  'record.submission_withdrawn': 'Withdrew a submission before review',
  'record.new_version_started': 'Started a new version of a record',
  'finding.added': 'Added a finding',
  'finding.content_updated': 'Edited a finding',
  'finding.update_added': 'Added an update to a finding',
  'finding.owner_set': "Changed a finding's owner",
  'finding.target_date_set': "Set a finding's target date",
  'finding.target_date_revised': "Revised a finding's target date",
  'finding.inspectorate_status_set': "Recorded HMICFRS's status of a finding",
  'finding.started': "Changed a finding's status: work started",
  'finding.completed': "Changed a finding's status: completed",
  'finding.closed': "Changed a finding's status: closed",
  'finding.not_assured': "Changed a finding's status: not assured, back in progress",
  'finding.reopened': "Changed a finding's status: reopened",
  'finding.superseded': "Changed a finding's status: superseded",
  'finding.no_longer_applicable': "Changed a finding's status: no longer applicable",
  'cause_of_concern.closed': 'Closed a cause of concern',
  'report.details_changed': "Changed a report's details",
  'organisation.created': 'Added an organisation',
  'member.added': 'Added a member',
  'member.role_changed': "Changed a member's role",
  'member.removed': 'Removed a member',
  'member.disabled': 'Disabled a member',
  'member.enabled': 'Enabled a member',
  'user.disabled': 'Disabled an account',
  'user.enabled': 'Enabled an account',
  'auth.signed_in': 'Signed in',
  'auth.signed_out': 'Signed out',
  'auth.sign_in_failed': 'Failed to sign in',
  'saved_filter.saved': 'Saved a filter',
  'saved_filter.deleted': 'Deleted a saved filter',
  'import.staged': 'Read a file to import',
  'import.decided': 'Reviewed an import',
  'import.discarded': 'Discarded an import',
  'demo.seeded': 'Loaded the demo data',
};

export const DIAGNOSTIC_SEVERITY_LABELS: Record<DiagnosticSeverity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export const RECORDED_DATE_LABELS: Record<RecordedDateField, string> = {
  commentsRequestedOn: "Chief officer's comments requested on",
  commentsDueOn: "Chief officer's comments due on",
  commentsReceivedOn: "Chief officer's comments received on",
  sentToHmicfrsOn: 'Sent to HMICFRS on',
  sentToHomeSecretaryOn: 'Sent to the Home Secretary on',
};

/** A report's details as the public page names them when it lists a correction. */
export const REPORT_DETAIL_LABELS: Record<ReportDetailField, string> = {
  publishedOn: 'Report published on',
  link: 'Link to the report',
  type: 'Type of inspection',
  framework: 'Framework',
  forces: 'Forces the report covers',
};

/** Where an import's reviewer can put a block of text the parser placed nowhere. */
export const BLOCK_PLACEMENT_LABELS: Record<BlockPlacement, string> = {
  finding_text: "Part of the finding's text",
  update: 'An update',
  commissioner_comments: "Commissioner's comments",
  chief_officer_comments: "Chief officer's comments",
  heading: 'A heading',
  drop: 'Leave out',
};

/** The header fields an import's reviewer can correct, named as the record format labels them. */
export const REVIEW_HEADER_FIELD_LABELS: Record<ReviewHeaderField, string> = {
  reportTitle: 'Title of inspection',
  publishedOn: 'Date of publication',
  link: 'Link',
  type: 'Type of inspection',
  organisation: 'Force',
  commissioner: 'Commissioner',
  chiefOfficer: 'Chief officer',
  documentVersion: 'Version',
};

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  review_requested: 'Review requested',
  changes_requested: 'Changes requested',
  submission_withdrawn: 'Submission withdrawn',
  approved: 'Approved',
  published: 'Published',
  finding_assigned: 'Finding assigned to you',
};

export const DIGEST_FREQUENCY_LABELS: Record<DigestFrequency, string> = {
  daily: 'Every day',
  weekly: 'Every Monday',
  off: 'Never',
};

export const ALERT_FREQUENCY_LABELS: Record<AlertFrequency, string> = {
  immediate: 'As soon as something changes (at most one email a day)',
  daily: 'One email each morning',
};

export const ALERT_TARGET_KIND_LABELS: Record<AlertTargetKind, string> = {
  force: 'Everything a force publishes',
  report: "Every force's response to a report",
  finding: 'One finding',
};

export const FINDING_DUE_LABELS: Record<FindingDue, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  within: 'Due within some days',
  none: 'No target date',
};

export const FINDING_SORT_LABELS: Record<FindingSort, string> = {
  target_date: 'Target date',
  status: 'Status',
  ref: 'Reference',
  report: 'Report',
};

export const SORT_DIRECTION_LABELS: Record<SortDirection, string> = {
  asc: 'Ascending',
  desc: 'Descending',
};

export const RECORD_QUEUE_LABELS: Record<RecordQueue, string> = {
  awaiting_my_review: 'Awaiting my review',
  changes_requested: 'Sent back to me with changes requested',
  statutory_near: '56-day limit near',
  statutory_passed: '56-day limit passed',
};
