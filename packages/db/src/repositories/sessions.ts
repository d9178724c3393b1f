import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { sessions, users } from '../schema/index.js';
import type { UserRow } from './users.js';

export type SessionRow = typeof sessions.$inferSelect;

/** `id` is the hash of the cookie's token, never the token. */
export async function insertSession(db: Db, values: SessionRow): Promise<void> {
  await db.insert(sessions).values(values);
}

/** The unexpired session with this id and its user (disabled or not), or null. */
export async function findLiveSession(
  db: Db,
  id: string,
  now: Date,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function slideSession(
  db: Db,
  id: string,
  lastSeenAt: Date,
  expiresAt: Date,
): Promise<void> {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
