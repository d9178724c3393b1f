import { AuditAction } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';

export const ListAuditInput = z.object({
  organisationId: Uuid,
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  /** Who did it. */
  actorId: Uuid.optional(),
  action: AuditAction.optional(),
  /** Events about this record: itself, its findings, their updates and its report. */
  recordId: Uuid.optional(),
  before: z.number().int().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListAuditInput = z.infer<typeof ListAuditInput>;

/**
 * What an event was about, named as people know it: a record by its report's title, a finding by
 * its reference and title (with its record), a person by name. The ids are for links, never shown.
 */
export const AuditTarget = z.object({
  kind: z.enum(['record', 'finding', 'report', 'person', 'organisation', 'other']),
  label: z.string(),
  recordId: Uuid.nullable(),
  /** The record's report title, for a finding (and its updates). */
  recordLabel: z.string().nullable(),
  findingId: Uuid.nullable(),
});
export type AuditTarget = z.infer<typeof AuditTarget>;

const AuditChange = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const AuditRow = z.object({
  id: z.number().int(),
  at: WireInstant,
  actorId: z.string().nullable(),
  /** The person's display name; null for the system (or a failed sign-in). */
  actorName: z.string().nullable(),
  action: z.string(),
  target: AuditTarget,
  /** The before and after, field by field, in words (the domain's `auditChanges`). */
  changes: z.array(AuditChange),
});
export type AuditRow = z.input<typeof AuditRow>;

export const AuditPerson = z.object({ id: Uuid, name: z.string() });
export type AuditPerson = z.infer<typeof AuditPerson>;
