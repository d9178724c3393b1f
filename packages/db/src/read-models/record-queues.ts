import { and, desc, eq, inArray, isNotNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { auditEvents, responseRecords } from '../schema/index.js';
import { onRecord } from './version-changes.js';

/** Who submitted the record last (the actor of its latest `record.submitted` event), as SQL. */
const lastSubmitter = sql`(select ${auditEvents.actorId} from ${auditEvents}
  where ${auditEvents.entityType} = 'response_record'
    and ${auditEvents.entityId} = ${responseRecords.id}::text
    and ${auditEvents.action} = 'record.submitted'
  order by ${auditEvents.id} desc limit 1)`;

/** The audit id the record's current version started after: its latest publication, or 0. */
const versionStart = sql`coalesce((select max(${auditEvents.id}) from ${auditEvents}
  where ${auditEvents.entityType} = 'response_record'
    and ${auditEvents.entityId} = ${responseRecords.id}::text
    and ${auditEvents.action} = 'record.published'), 0)`;

/**
 * Records in review in these organisations that this person may approve: not submitted by them
 * last, and with no change of theirs in the version under review (the four-eyes rule of
 * `actorChangedVersion`, lifecycle moves aside).
 */
export async function recordsAwaitingReviewBy(
  db: Db,
  input: { organisationIds: readonly string[]; actorId: string; ignoring: readonly string[] },
): Promise<string[]> {
  if (input.organisationIds.length === 0) return [];
  const r = responseRecords;
  const changedByActor = db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorId, input.actorId),
        sql`${auditEvents.id} > ${versionStart}`,
        notInArray(auditEvents.action, [...input.ignoring]),
        onRecord(sql`${r.id}`),
      ),
    );
  const rows = await db
    .select({ id: r.id })
    .from(r)
    .where(
      and(
        eq(r.status, 'in_review'),
        inArray(r.organisationId, [...input.organisationIds]),
        sql`${lastSubmitter} is distinct from ${input.actorId}::uuid`,
        sql`not exists (${changedByActor})`,
      ),
    )
    .orderBy(desc(r.updatedAt));
  return rows.map((x) => x.id);
}

/** Drafts sent back with changes requested whose last editor or last submitter is this person. */
export async function recordsSentBackTo(
  db: Db,
  input: { organisationIds: readonly string[] | undefined; actorId: string },
): Promise<string[]> {
  if (input.organisationIds?.length === 0) return [];
  const r = responseRecords;
  const mine: SQL = or(
    eq(r.lastEditorId, input.actorId),
    sql`${lastSubmitter} = ${input.actorId}::uuid`,
  )!;
  const rows = await db
    .select({ id: r.id })
    .from(r)
    .where(
      and(
        eq(r.status, 'draft'),
        isNotNull(r.changesRequestedReason),
        input.organisationIds ? inArray(r.organisationId, [...input.organisationIds]) : undefined,
        mine,
      ),
    )
    .orderBy(desc(r.updatedAt));
  return rows.map((x) => x.id);
}
