import {
  and,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  ne,
  notInArray,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../connection.js';
import {
  auditEvents,
  findings,
  memberships,
  notifications,
  organisations,
  reports,
  responseRecords,
  users,
} from '../schema/index.js';

/** Whom a mail goes to: an account that can sign in. */
export interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

const recipient = { id: users.id, email: users.email, displayName: users.displayName };

/**
 * A membership that lets its person in: not disabled, the account not disabled. (Someone invited who has
 * not signed in yet is told too: the mail is how they hear there is work for them.)
 */
const activeMember = and(isNull(memberships.disabledAt), eq(users.disabled, false));

/** The organisation's active members who also meet `which`. */
function activeMembersOf(db: Db, organisationId: string, which: SQL): Promise<Recipient[]> {
  return db
    .select(recipient)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), which, activeMember));
}

/** Who may approve the organisation's responses: its active approvers and admins. */
export function approversOf(db: Db, organisationId: string): Promise<Recipient[]> {
  return activeMembersOf(db, organisationId, inArray(memberships.role, ['approver', 'admin']));
}

/** These people, where each is still an active member of the organisation (else they are not told). */
export async function activeMembersAmong(
  db: Db,
  organisationId: string,
  userIds: readonly string[],
): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  return activeMembersOf(db, organisationId, inArray(users.id, [...userIds]));
}

/** Who submitted the record's current version for review (the latest submission), if anyone. */
export async function submitterOf(db: Db, recordId: string): Promise<string | null> {
  const [row] = await db
    .select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'response_record'),
        eq(auditEvents.entityId, recordId),
        eq(auditEvents.action, 'record.submitted'),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.actorId ?? null;
}

/**
 * Everyone who gets a digest (or the one person `only`): accounts not disabled whose digest is not off,
 * with the organisations where they are active.
 */
export async function digestPeople(db: Db, only?: string) {
  const rows = await db
    .select({
      ...recipient,
      digest: users.digest,
      organisationId: memberships.organisationId,
      role: memberships.role,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(ne(users.digest, 'off'), activeMember, only ? eq(users.id, only) : undefined));
  const people = new Map<
    string,
    Recipient & {
      digest: (typeof rows)[number]['digest'];
      memberships: { organisationId: string; role: (typeof rows)[number]['role'] }[];
    }
  >();
  for (const r of rows) {
    const p = people.get(r.id) ?? {
      id: r.id,
      email: r.email,
      displayName: r.displayName,
      digest: r.digest,
      memberships: [],
    };
    p.memberships.push({ organisationId: r.organisationId, role: r.role });
    people.set(r.id, p);
  }
  return [...people.values()];
}

export type DigestPerson = Awaited<ReturnType<typeof digestPeople>>[number];

/**
 * A person's open findings with a target date up to `until`, in organisations where they are still an
 * active member: what their digest lists (the finding's reference and heading, never its text).
 */
export async function ownedFindingsDueBy(
  db: Db,
  userId: string,
  organisationIds: readonly string[],
  until: string,
) {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({
      findingId: findings.id,
      recordId: findings.recordId,
      ref: findings.ref,
      title: findings.title,
      targetDate: findings.targetDate,
      organisationName: organisations.name,
      reportTitle: reports.title,
    })
    .from(findings)
    .innerJoin(responseRecords, eq(responseRecords.id, findings.recordId))
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        eq(findings.ownerUserId, userId),
        inArray(responseRecords.organisationId, [...organisationIds]),
        // Finished (closed, superseded, no longer applicable): nothing left for the owner to do.
        notInArray(findings.status, ['closed', 'superseded', 'no_longer_applicable']),
        isNotNull(findings.targetDate),
        lte(findings.targetDate, until),
      ),
    )
    .orderBy(findings.targetDate, findings.ref);
  return rows.map((r) => ({ ...r, targetDate: r.targetDate! }));
}

/** What a notification about these records names: each one's organisation and report title. */
export async function recordTitles(db: Db, recordIds: readonly string[]) {
  if (recordIds.length === 0)
    return new Map<string, { organisationName: string; reportTitle: string }>();
  const rows = await db
    .select({
      recordId: responseRecords.id,
      organisationName: organisations.name,
      reportTitle: reports.title,
    })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(inArray(responseRecords.id, [...recordIds]));
  return new Map(rows.map((r) => [r.recordId, r]));
}

/** A notification with its person, for its mail. */
export async function notificationForMail(db: Db, id: string) {
  const [row] = await db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      organisationId: notifications.organisationId,
      kind: notifications.kind,
      line: notifications.line,
      link: notifications.link,
      email: users.email,
      displayName: users.displayName,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  return row ?? null;
}
