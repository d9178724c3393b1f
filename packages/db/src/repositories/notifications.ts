import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { notifications, users } from '../schema/index.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'readAt'>;

/** In the transaction of the change they tell about. */
export async function insertNotifications(
  tx: Db,
  list: readonly NewNotification[],
): Promise<NotificationRow[]> {
  if (list.length === 0) return [];
  return tx
    .insert(notifications)
    .values([...list])
    .returning();
}

/** A person's notifications, newest first, with how many are unread. */
export async function notificationsOf(db: Db, userId: string, limit: number) {
  const [items, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

/** Marks a person's own notifications read (others' ids are ignored); all of them when `ids` is null. */
export async function markNotificationsRead(
  db: Db,
  userId: string,
  ids: readonly string[] | null,
  at: Date,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** A person's digest choice. */
export async function setDigestFrequency(
  db: Db,
  userId: string,
  digest: (typeof users.$inferSelect)['digest'],
): Promise<void> {
  await db.update(users).set({ digest }).where(eq(users.id, userId));
}

/** A person's digest choice, or null for no such account. */
export async function digestFrequencyOf(db: Db, userId: string) {
  const [row] = await db.select({ digest: users.digest }).from(users).where(eq(users.id, userId));
  return row?.digest ?? null;
}
