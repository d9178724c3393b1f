/** Failed sign-ins in a row that cost nothing: people mistype. */
export const FREE_SIGN_IN_FAILURES = 5;
/** The longest lock, so an attacker cannot shut a person out for days. */
export const MAX_LOCKOUT_MINUTES = 60;

/**
 * How long (milliseconds) an account is locked after its `failures`-th failure in a row: nothing
 * for the first four, then 1, 2, 4 … minutes, doubling up to an hour.
 */
export function lockoutFor(failures: number): number {
  if (failures < FREE_SIGN_IN_FAILURES) return 0;
  const minutes = Math.min(MAX_LOCKOUT_MINUTES, 2 ** (failures - FREE_SIGN_IN_FAILURES));
  return minutes * 60_000;
}

/** When an account with `failures` failures in a row may try again; null when it is not locked. */
export function lockedUntil(failures: number, now: Date): Date | null {
  const lock = lockoutFor(failures);
  return lock ? new Date(now.getTime() + lock) : null;
}
