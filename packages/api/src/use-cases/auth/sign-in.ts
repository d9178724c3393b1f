import type { Db } from '@irr/db';
import {
  clearSignInFailures,
  markMembershipsJoined,
  recordAudit,
  takeSignInAttempt,
} from '@irr/db/repositories';
import { AppError, lockedUntil } from '@irr/domain';
import { assertHashingCapacity, DUMMY_HASH, verifyPassword } from '../../auth/password.js';
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

/** Every refusal, in the same words. */
export const SIGN_IN_REFUSED =
  'That email and password do not match an active account. After five failures in a row, an account waits a few minutes before it may try again';

/**
 * A session for the account with this email and password. Failures are counted per account and,
 * after five in a row, lock it for longer each time (the domain's `lockedUntil`); a wrong email,
 * a wrong password, a locked and a disabled account are refused alike, in the same time.
 */
export async function signIn(pc: PublicContext, input: SignInInput): Promise<SignedIn> {
  const now = pc.now();
  // A refusal for a busy server is not a failed attempt: say so before counting one.
  assertHashingCapacity();
  // Counted before the (slow) password check, atomically: see takeSignInAttempt.
  const attempt = await takeSignInAttempt(pc.db, input.email, now, (n) => lockedUntil(n, now));
  // A locked account is refused like an unknown email, after the same hash: neither its answer nor
  // its timing may tell an attacker which emails have accounts.
  const user = attempt.kind === 'counted' ? attempt.user : null;
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabled) {
    if (attempt.kind === 'counted')
      await auditFailure(pc.db, attempt.user.id, attempt.failures, input.ip);
    throw new AppError({ code: 'BAD_CREDENTIALS', message: SIGN_IN_REFUSED });
  }
  return pc.db.transaction(async (tx) => {
    await clearSignInFailures(tx, user.id);
    // Their admins now see their name (an invite alone shows only the email).
    await markMembershipsJoined(tx, user.id, now);
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

async function auditFailure(db: Db, userId: string, failures: number, ip: string | null) {
  await recordAudit(db, {
    actorId: null,
    organisationId: null,
    action: 'auth.sign_in_failed',
    entityType: 'user',
    entityId: userId,
    after: { failures, ip },
  });
}
