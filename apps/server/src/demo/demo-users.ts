import { randomBytes } from 'node:crypto';
import { checkNewPassword, type CheckedPassword } from '@irr/api';
import { checkPasswordRules, type Role } from '@irr/domain';
import { personName } from './build-record.js';
import { createPrng } from './prng.js';

const DEMO_ROLES: readonly Role[] = ['viewer', 'editor', 'approver', 'admin'];
const DEMO_EMAIL_DOMAIN = 'demo.example.org';

export interface DemoAccount {
  slug: string;
  role: Role;
  email: string;
  displayName: string;
  /** Shown once when the demo is loaded; null for an account that already existed (its password is unchanged). */
  password: string | null;
  checkedPassword: CheckedPassword;
}

/** Random and strong: the demo may run somewhere reachable, so its passwords must not be guessable. */
export function randomPassword(email: string): string {
  for (;;) {
    const password = randomBytes(15).toString('base64url');
    // A leading hyphen reads as an option when pasted into a command line.
    if (!password.startsWith('-') && !checkPasswordRules(password, email)) return password;
  }
}

/** One account per role per force, with invented names (the same on every run) and fresh passwords. */
export async function demoAccounts(
  slugs: readonly string[],
  generatePassword = randomPassword,
): Promise<DemoAccount[]> {
  const plans = slugs.flatMap((slug) => {
    const prng = createPrng(`${slug}/staff`);
    return DEMO_ROLES.map((role) => {
      const email = `${role}.${slug}@${DEMO_EMAIL_DOMAIN}`;
      return {
        slug,
        role,
        email,
        displayName: `${personName(prng)} (demo ${role})`,
        password: generatePassword(email),
      };
    });
  });
  // scrypt runs on libuv's thread pool, so hashing together takes a quarter of the time.
  return Promise.all(
    plans.map(async (p) => ({
      ...p,
      checkedPassword: await checkNewPassword(p.password, p.email),
    })),
  );
}
