import type { AuditAction } from '@irr/domain';
import type { Db } from '../connection.js';
import { auditEvents } from '../schema/index.js';

export interface AuditEntry {
  actorId: string | null;
  organisationId: string | null;
  /** One of the domain's actions, so the audit log can say each in words. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const rowOf = (entry: AuditEntry) => ({
  actorId: entry.actorId,
  organisationId: entry.organisationId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

/** Call inside the transaction that makes the change, so the event and the change land together. */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await auditInsert(tx, entry);
}

/**
 * The event's INSERT, not yet sent: for a repository that sends it as a WITH of the statement making the
 * change (one round trip for both).
 */
export function auditInsert(tx: Db, entry: AuditEntry) {
  return tx.insert(auditEvents).values(rowOf(entry));
}

/** Several events in one statement (a bulk change audits each thing it changed), in the same transaction. */
export async function recordAudits(tx: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.insert(auditEvents).values(entries.map(rowOf));
}
