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
