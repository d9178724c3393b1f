import { and, eq, exists, isNotNull, isNull, lt, notExists, sql } from 'drizzle-orm';
import type { AlertFrequency, AlertTargetKind } from '@irr/domain';
import type { Db } from '../connection.js';
import { alertFollows, alertSubscribers } from '../schema/index.js';

export type AlertSubscriberRow = typeof alertSubscribers.$inferSelect;

/** A follow's target, by id: exactly one set, as its kind says. */
export interface FollowTarget {
  kind: AlertTargetKind;
  organisationId?: string;
  reportId?: string;
  findingId?: string;
}

export async function subscriberByEmail(db: Db, email: string): Promise<AlertSubscriberRow | null> {
  const [row] = await db.select().from(alertSubscribers).where(eq(alertSubscribers.email, email));
  return row ?? null;
}

export async function insertSubscriber(
  tx: Db,
  values: { email: string; frequency: AlertFrequency; unsubscribeToken: string; now: Date },
): Promise<AlertSubscriberRow> {
  const [row] = await tx
    .insert(alertSubscribers)
    .values({
      email: values.email,
      frequency: values.frequency,
      unsubscribeToken: values.unsubscribeToken,
      createdAt: values.now,
    })
    .returning();
  return row!;
}

/** Adds the follow unless the address already has it; true when it is new. */
export async function addFollow(
  tx: Db,
  subscriberId: string,
  target: FollowTarget,
  now: Date,
): Promise<boolean> {
  const added = await tx
    .insert(alertFollows)
    .values({
      subscriberId,
      kind: target.kind,
      organisationId: target.organisationId ?? null,
      reportId: target.reportId ?? null,
      findingId: target.findingId ?? null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: alertFollows.id });
  return added.length > 0;
}

/** A new confirmation link (its secret) and when it was asked for; the frequency chosen last. */
export async function setConfirmation(
  tx: Db,
  subscriberId: string,
  values: { confirmationToken: string; sentAt: Date; frequency: AlertFrequency },
): Promise<void> {
  await tx
    .update(alertSubscribers)
    .set({
      frequency: values.frequency,
      confirmationToken: values.confirmationToken,
      confirmationSentAt: values.sentAt,
    })
    .where(eq(alertSubscribers.id, subscriberId));
}

/**
 * Confirms every follow waiting on the address whose link this is; alerts start from now (nothing written
 * before is sent). Null when no address waits on this link.
 */
export async function confirmFollows(
  tx: Db,
  confirmationToken: string,
  now: Date,
): Promise<{ subscriberId: string; confirmed: number } | null> {
  const [subscriber] = await tx
    .update(alertSubscribers)
    .set({
      confirmationToken: null,
      alertedThrough: sql`coalesce(${alertSubscribers.alertedThrough}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(alertSubscribers.confirmationToken, confirmationToken))
    .returning({ id: alertSubscribers.id });
  if (!subscriber) return null;
  const confirmed = await tx
    .update(alertFollows)
    .set({ confirmedAt: now })
    .where(and(eq(alertFollows.subscriberId, subscriber.id), isNull(alertFollows.confirmedAt)))
    .returning({ id: alertFollows.id });
  return { subscriberId: subscriber.id, confirmed: confirmed.length };
}

/** Deletes the address and everything it follows; false when the link's address is already gone. */
export async function deleteSubscriberByToken(db: Db, unsubscribeToken: string): Promise<boolean> {
  const deleted = await db
    .delete(alertSubscribers)
    .where(eq(alertSubscribers.unsubscribeToken, unsubscribeToken))
    .returning({ id: alertSubscribers.id });
  return deleted.length > 0;
}

export async function subscriberByToken(
  db: Db,
  unsubscribeToken: string,
): Promise<AlertSubscriberRow | null> {
  const [row] = await db
    .select()
    .from(alertSubscribers)
    .where(eq(alertSubscribers.unsubscribeToken, unsubscribeToken));
  return row ?? null;
}

/**
 * Forgets what nobody confirmed: follows waiting since before `before`, then addresses left with no follow
 * that were never confirmed or whose last follow went (a force or report deleted).
 */
export async function expireUnconfirmed(db: Db, before: Date): Promise<number> {
  await db
    .delete(alertFollows)
    .where(and(isNull(alertFollows.confirmedAt), lt(alertFollows.createdAt, before)));
  const gone = await db
    .delete(alertSubscribers)
    .where(
      and(
        lt(alertSubscribers.createdAt, before),
        notExists(
          db
            .select({ one: sql`1` })
            .from(alertFollows)
            .where(eq(alertFollows.subscriberId, alertSubscribers.id)),
        ),
      ),
    )
    .returning({ id: alertSubscribers.id });
  return gone.length;
}

/** Addresses with at least one confirmed follow: the ones alerts may go to. */
export async function confirmedSubscribers(db: Db): Promise<AlertSubscriberRow[]> {
  return db
    .select()
    .from(alertSubscribers)
    .where(
      and(
        isNotNull(alertSubscribers.alertedThrough),
        exists(
          db
            .select({ one: sql`1` })
            .from(alertFollows)
            .where(
              and(
                eq(alertFollows.subscriberId, alertSubscribers.id),
                isNotNull(alertFollows.confirmedAt),
              ),
            ),
        ),
      ),
    );
}

/** The confirmed follows of an address, by target id. */
export async function confirmedFollowsOf(db: Db, subscriberId: string) {
  return db
    .select({
      kind: alertFollows.kind,
      organisationId: alertFollows.organisationId,
      reportId: alertFollows.reportId,
      findingId: alertFollows.findingId,
    })
    .from(alertFollows)
    .where(and(eq(alertFollows.subscriberId, subscriberId), isNotNull(alertFollows.confirmedAt)));
}

/**
 * Moves an address's cursor from `from` to `through` and records the day of its mail; false when another
 * process moved it first (the mail is theirs).
 */
export async function advanceAlertCursor(
  tx: Db,
  subscriberId: string,
  values: { from: Date; through: Date; on: string },
): Promise<boolean> {
  const moved = await tx
    .update(alertSubscribers)
    .set({ alertedThrough: values.through, lastAlertOn: values.on })
    .where(
      and(eq(alertSubscribers.id, subscriberId), eq(alertSubscribers.alertedThrough, values.from)),
    )
    .returning({ id: alertSubscribers.id });
  return moved.length > 0;
}

export async function subscriberById(db: Db, id: string): Promise<AlertSubscriberRow | null> {
  const [row] = await db.select().from(alertSubscribers).where(eq(alertSubscribers.id, id));
  return row ?? null;
}
