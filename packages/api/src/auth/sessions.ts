import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@irr/db';
import {
  deleteExpiredSessions,
  findLiveSession,
  insertSession,
  membershipsOf,
  slideSession,
} from '@irr/db/repositories';
import type { SessionUser } from '../context.js';

/** Sessions last 12 hours from their last use, and never more than 7 days. */
const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await insertSession(db, {
    id: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The user behind a cookie's token, sliding its expiry; null for unknown, expired or disabled. */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  const id = hashToken(token);
  const row = await findLiveSession(db, id, now);
  if (!row || row.user.disabled) return null;
  if (now.getTime() - row.session.createdAt.getTime() > SESSION_MAX_MS) return null;
  // Slide the idle expiry at most once a minute, so reads stay cheap.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await slideSession(db, id, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  return {
    sessionId: id,
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      memberships: await membershipsOf(db, row.user.id),
    },
  };
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await deleteExpiredSessions(db, now);
}
