import type { Db } from '@irr/db';
import {
  clearSignInFailures,
  findUserByEmail,
  recordAudit,
  recordSignInFailure,
  type UserRow,
} from '@irr/db/repositories';
import { AppError, lockedUntil } from '@irr/domain';
import { DUMMY_HASH, verifyPassword } from '../../auth/password.js';
import { createSession } from '../../auth/sessions.js';
import type { PublicContext } from '../context.js';

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address, kept in the audit trail. */
  ip: string | null;
}

export interface SignedIn {
  /** For the session cookie only: it is stored hashed. */
  token: string;
  expiresAt: Date;
}

/**
 * A session for the account with this email and password. Failures are counted per account and,
 * after five in a row, lock it for longer each time (the domain's `lockedUntil`); a wrong email,
 * a wrong password and a disabled account are refused alike, in the same time.
 */
export async function signIn(pc: PublicContext, input: SignInInput): Promise<SignedIn> {
  const now = pc.now();
  const user = await findUserByEmail(pc.db, input.email);
  if (user?.lockedUntil && user.lockedUntil > now) {
    throw new AppError({
      code: 'LOCKED_OUT',
      message: `Too many failed sign-ins; try again after ${user.lockedUntil.toISOString()}`,
    });
  }
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabled) {
    if (user) await recordFailure(pc.db, user, now, input.ip);
    throw new AppError({
      code: 'BAD_CREDENTIALS',
      message: 'That email and password do not match an active account',
    });
  }
  return pc.db.transaction(async (tx) => {
    await clearSignInFailures(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      organisationId: null,
      action: 'auth.signed_in',
      entityType: 'session',
      entityId: user.id,
      after: { ip: input.ip },
    });
    return createSession(tx, user.id, now);
  });
}

async function recordFailure(db: Db, user: UserRow, now: Date, ip: string | null): Promise<void> {
  const failures = user.failedSignIns + 1;
  await db.transaction(async (tx) => {
    await recordSignInFailure(tx, user.id, failures, lockedUntil(failures, now));
    await recordAudit(tx, {
      actorId: null,
      organisationId: null,
      action: 'auth.sign_in_failed',
      entityType: 'user',
      entityId: user.id,
      after: { failures, ip },
    });
  });
}
