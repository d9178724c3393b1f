import { and, eq } from 'drizzle-orm';
import { schema, type Db } from '@irr/db';
import { recordAudit } from '@irr/db/repositories';
import type { Role } from '@irr/domain';

export interface MemberInput {
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  /** A scrypt hash; only used when the account is new. */
  passwordHash: () => Promise<string>;
  actorId: string | null;
}

export type MemberOutcome =
  | { kind: 'created'; userId: string }
  | { kind: 'role_set'; userId: string; previousRole: Role | null }
  | { kind: 'unchanged'; userId: string };

/** Find a user by email (stored lower-cased). */
export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, email.trim().toLowerCase()));
  return user ?? null;
}

/**
 * A new account with its role, or an existing account given this role in the organisation (its
 * password untouched). Call inside a transaction: the audit event lands with the change.
 */
export async function addMember(tx: Db, input: MemberInput): Promise<MemberOutcome> {
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByEmail(tx, email);
  const user =
    existing ??
    (
      await tx
        .insert(schema.users)
        .values({ email, displayName: input.displayName, passwordHash: await input.passwordHash() })
        .returning()
    )[0]!;
  const where = and(
    eq(schema.memberships.userId, user.id),
    eq(schema.memberships.organisationId, input.organisationId),
  );
  const [membership] = await tx.select().from(schema.memberships).where(where);
  if (existing && membership?.role === input.role) return { kind: 'unchanged', userId: user.id };
  if (membership) await tx.update(schema.memberships).set({ role: input.role }).where(where);
  else
    await tx
      .insert(schema.memberships)
      .values({ userId: user.id, organisationId: input.organisationId, role: input.role });
  await recordAudit(tx, {
    actorId: input.actorId,
    organisationId: input.organisationId,
    action: existing ? 'user.role_set' : 'user.created',
    entityType: 'user',
    entityId: user.id,
    before: membership ? { role: membership.role } : null,
    after: { email, displayName: user.displayName, role: input.role },
  });
  return existing
    ? { kind: 'role_set', userId: user.id, previousRole: membership?.role ?? null }
    : { kind: 'created', userId: user.id };
}
