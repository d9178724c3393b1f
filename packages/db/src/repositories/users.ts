import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@irr/domain';
import type { Db } from '../connection.js';
import { memberships, users } from '../schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

/** The account with this email (stored lower-cased), or null. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return user ?? null;
}

export async function insertUser(
  db: Db,
  values: { email: string; displayName: string; passwordHash: string },
): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export type SignInAttempt =
  | { kind: 'unknown' }
  | { kind: 'locked'; lockedUntil: Date }
  | { kind: 'counted'; user: UserRow; failures: number };

/**
 * Counts a sign-in attempt as a failure before its password is checked, under a row lock, so
 * parallel attempts each see the ones before them: a burst of wrong passwords cannot all read
 * "no failures yet" and let the right one through. `lockIfFailed(n)` is when the account may try
 * again if this, its n-th failure in a row, fails (null: not locked); a success clears both.
 */
export async function takeSignInAttempt(
  db: Db,
  email: string,
  now: Date,
  lockIfFailed: (failures: number) => Date | null,
): Promise<SignInAttempt> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(eq(users.email, email.trim().toLowerCase()))
      .for('update');
    if (!user) return { kind: 'unknown' };
    if (user.lockedUntil && user.lockedUntil > now) {
      return { kind: 'locked', lockedUntil: user.lockedUntil };
    }
    const failures = user.failedSignIns + 1;
    await tx
      .update(users)
      .set({ failedSignIns: failures, lockedUntil: lockIfFailed(failures) })
      .where(eq(users.id, user.id));
    return { kind: 'counted', user, failures };
  });
}

/** A successful sign-in forgets earlier failures. */
export async function clearSignInFailures(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
}

/** The whole account, for the operator: no sign-in anywhere while disabled. */
export async function setUserDisabled(
  db: Db,
  userId: string,
  disabled: boolean,
  now: Date,
): Promise<void> {
  await db.update(users).set({ disabled, updatedAt: now }).where(eq(users.id, userId));
}

/** Every organisation the user holds a role in, leaving out memberships an admin has disabled. */
export async function membershipsOf(
  db: Db,
  userId: string,
): Promise<{ organisationId: string; role: Role }[]> {
  return db
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.disabledAt)));
}

/** A sign-in: the user has now joined every organisation they were added to since the last one. */
export async function markMembershipsJoined(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(memberships)
    .set({ joinedAt: now })
    .where(and(eq(memberships.userId, userId), isNull(memberships.joinedAt)));
}

const membershipOf = (userId: string, organisationId: string) =>
  and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId));

export async function findMembership(
  db: Db,
  userId: string,
  organisationId: string,
): Promise<MembershipRow | null> {
  const [row] = await db.select().from(memberships).where(membershipOf(userId, organisationId));
  return row ?? null;
}

type MembershipRole = Pick<MembershipRow, 'userId' | 'organisationId' | 'role'>;

export async function insertMembership(db: Db, values: MembershipRole): Promise<void> {
  await db.insert(memberships).values(values);
}

export async function setMembershipRole(db: Db, values: MembershipRole): Promise<void> {
  await db
    .update(memberships)
    .set({ role: values.role })
    .where(membershipOf(values.userId, values.organisationId));
}

export async function deleteMembership(
  db: Db,
  userId: string,
  organisationId: string,
): Promise<void> {
  await db.delete(memberships).where(membershipOf(userId, organisationId));
}

/** One membership disabled (since `at`) or enabled again (null); the account is left alone. */
export async function setMembershipDisabled(
  db: Db,
  userId: string,
  organisationId: string,
  at: Date | null,
): Promise<void> {
  await db.update(memberships).set({ disabledAt: at }).where(membershipOf(userId, organisationId));
}

/**
 * A person's standing in an organisation, as a finding's owner would need it: their role, and
 * whether they are active: signed in since being added, membership and account enabled. Null when they hold no role there.
 */
export async function memberStanding(
  db: Db,
  userId: string,
  organisationId: string,
): Promise<{ role: Role; active: boolean } | null> {
  const [row] = await db
    .select({
      role: memberships.role,
      active: sql<boolean>`(${memberships.joinedAt} IS NOT NULL AND ${memberships.disabledAt} IS NULL AND NOT ${users.disabled})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(membershipOf(userId, organisationId));
  return row ?? null;
}
