import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { auditEvents, recordVersions, users } from '../schema/index.js';

/** A record's published versions in order, each with who published it and any withdrawal. */
export async function listRecordVersions(db: Db, recordId: string) {
  return db
    .select({
      version: recordVersions.version,
      publishedAt: recordVersions.publishedAt,
      publishedBy: users.displayName,
      withdrawnAt: recordVersions.withdrawnAt,
      withdrawalReason: recordVersions.withdrawalReason,
    })
    .from(recordVersions)
    .leftJoin(users, eq(users.id, recordVersions.publishedBy))
    .where(eq(recordVersions.recordId, recordId))
    .orderBy(asc(recordVersions.version));
}

/** One published version's snapshot as stored (the public record and its findings' ids), or null. */
export async function findRecordVersion(db: Db, recordId: string, version: number) {
  const [row] = await db
    .select({
      version: recordVersions.version,
      publishedAt: recordVersions.publishedAt,
      snapshot: recordVersions.snapshot,
    })
    .from(recordVersions)
    .where(and(eq(recordVersions.recordId, recordId), eq(recordVersions.version, version)));
  return row ?? null;
}

/** The latest audit events of the record itself, newest first, with the actor's name. */
export async function listRecordChanges(db: Db, recordId: string, limit: number) {
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      by: users.displayName,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, 'response_record'), eq(auditEvents.entityId, recordId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
