import { and, asc, desc, eq, gt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { auditEvents, findingUpdates, findings, responseRecords, users } from '../schema/index.js';

/**
 * Audit events on a record, on its findings, on its findings' updates, or on the details of the report it
 * answers (its publication date sets the statutory clock the response shows), the record's id as a value or a
 * column.
 */
export function onRecord(recordId: string | SQL): SQL {
  return or(
    and(
      eq(auditEvents.entityType, 'response_record'),
      sql`${auditEvents.entityId} = ${recordId}::text`,
    ),
    and(
      eq(auditEvents.entityType, 'finding'),
      sql`${auditEvents.entityId} in (select ${findings.id}::text from ${findings} where ${findings.recordId} = ${recordId})`,
    ),
    and(
      eq(auditEvents.entityType, 'finding_update'),
      sql`${auditEvents.entityId} in (select ${findingUpdates.id}::text from ${findingUpdates}
        join ${findings} on ${findings.id} = ${findingUpdates.findingId}
        where ${findings.recordId} = ${recordId})`,
    ),
    and(
      eq(auditEvents.entityType, 'report'),
      // Aliased, so a record id given as the outer query's column is not read as this subquery's.
      sql`${auditEvents.entityId} = (select rr.report_id::text from ${responseRecords} rr where rr.id = ${recordId})`,
    ),
  )!;
}

/** The id of the record's latest audit event with this action (a version's start), or 0. */
export async function lastRecordEventId(db: Db, recordId: string, action: string): Promise<number> {
  const [row] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'response_record'),
        eq(auditEvents.entityId, recordId),
        eq(auditEvents.action, action),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.id ?? 0;
}

interface ChangesSince {
  recordId: string;
  /** Only events after this audit id count. */
  afterEventId: number;
  /** Actions that change nothing (lifecycle moves). */
  ignoring: readonly string[];
}

/** Whether this person wrote any audit event on the record or its findings since then. */
export async function hasAuditEventsBy(
  db: Db,
  input: ChangesSince & { actorId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorId, input.actorId),
        gt(auditEvents.id, input.afterEventId),
        notInArray(auditEvents.action, [...input.ignoring]),
        onRecord(input.recordId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Every change to the record or its findings since then, oldest first, with who and which finding. */
export async function listAuditEventsSince(db: Db, input: ChangesSince) {
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      by: users.displayName,
      findingRef: sql<string | null>`case ${auditEvents.entityType}
        when 'finding' then (select ${findings.ref} from ${findings}
          where ${findings.id} = ${auditEvents.entityId}::uuid)
        when 'finding_update' then (select ${findings.ref} from ${findings}
          join ${findingUpdates} on ${findingUpdates.findingId} = ${findings.id}
          where ${findingUpdates.id} = ${auditEvents.entityId}::uuid)
        end`,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        gt(auditEvents.id, input.afterEventId),
        notInArray(auditEvents.action, [...input.ignoring]),
        onRecord(input.recordId),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

/**
 * The corrections shown on a published record's public page, oldest first (public: the values
 * only): of its recorded dates, and of its report's details since the record was first published
 * (a report's details are shared, so its correction shows on every response already published).
 */
export async function listCorrections(db: Db, recordId: string) {
  const reportOfRecord = sql`(select ${responseRecords.reportId}::text from ${responseRecords}
    where ${responseRecords.id} = ${recordId})`;
  // Audit events are numbered in the order they were written: after the record's first publication.
  const firstPublication = sql`(select min(${auditEvents.id}) from ${auditEvents}
    where ${auditEvents.entityType} = 'response_record' and ${auditEvents.entityId} = ${recordId}
      and ${auditEvents.action} = 'record.published')`;
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .where(
      or(
        and(
          eq(auditEvents.entityType, 'response_record'),
          eq(auditEvents.entityId, recordId),
          eq(auditEvents.action, 'record.dates_corrected'),
        ),
        and(
          eq(auditEvents.entityType, 'report'),
          eq(auditEvents.entityId, reportOfRecord),
          eq(auditEvents.action, 'report.details_changed'),
          gt(auditEvents.id, firstPublication),
        ),
      ),
    )
    .orderBy(asc(auditEvents.id));
}
