import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { auditEvents } from '../schema/index.js';

/** One page of audit events, newest first; `before` is the id to page back from. */
export async function listAudit(
  db: Db,
  filter: {
    organisationId?: string;
    entityType?: string;
    entityId?: string;
    actorId?: string;
    before?: number;
    limit: number;
  },
) {
  const where: SQL[] = [];
  if (filter.organisationId) where.push(eq(auditEvents.organisationId, filter.organisationId));
  if (filter.entityType) where.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.before) where.push(lt(auditEvents.id, filter.before));
  return db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}

/** When the first event with this action was written, or null if none was. */
export async function firstAuditEventAt(db: Db, action: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(auditEvents.id)
    .limit(1);
  return row?.at ?? null;
}
