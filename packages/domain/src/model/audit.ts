import { z } from 'zod';
import { Id, Instant } from './common.js';

export const AuditEntityType = z.enum([
  'organisation',
  'report',
  'response_record',
  'finding',
  'finding_update',
  'user',
  'session',
  'saved_filter',
]);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

/**
 * Every action the register audits, `<subject>.<event>`; the lifecycles' events are among them, so a
 * new event fails to compile where it is audited until it is listed here (and labelled in labels.ts).
 */
export const AuditAction = z.enum([
  'record.imported',
  'record.imported_new_version',
  'record.import_reviewed',
  'record.import_replaced_draft',
  'record.draft_updated',
  'record.dates_set',
  'record.dates_corrected',
  'record.findings_reordered',
  'record.submitted',
  'record.changes_requested',
  'record.approved',
  'record.published',
  'record.approval_reopened',
  'record.returned_to_review',
  'record.withdrawn',
  'record.submission_withdrawn',
  'record.new_version_started',
  'finding.added',
  'finding.content_updated',
  'finding.update_added',
  'finding.owner_set',
  'finding.target_date_set',
  'finding.target_date_revised',
  'finding.inspectorate_status_set',
  'finding.started',
  'finding.completed',
  'finding.closed',
  'finding.not_assured',
  'finding.reopened',
  'finding.superseded',
  'finding.no_longer_applicable',
  'cause_of_concern.closed',
  'report.details_changed',
  'organisation.created',
  'member.added',
  'member.role_changed',
  'member.removed',
  'member.disabled',
  'member.enabled',
  'user.disabled',
  'user.enabled',
  'auth.signed_in',
  'auth.signed_out',
  'auth.sign_in_failed',
  'saved_filter.saved',
  'saved_filter.deleted',
  'import.staged',
  'import.decided',
  'import.discarded',
  'demo.seeded',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** Append-only: who did what to which entity, with the state before and after. */
export const AuditEvent = z.object({
  id: Id,
  at: Instant,
  actorId: Id.nullable(),
  organisationId: Id.nullable(),
  action: z.string().min(1).max(100),
  entityType: AuditEntityType,
  entityId: Id,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
