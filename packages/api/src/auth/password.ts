import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError, checkPasswordRules } from '@irr/domain';
import pLimit from 'p-limit';

/**
 * Hashes run at most two at a time: each takes a libuv thread (of four, shared with file reads and
 * compression) and 32 MiB. A few sign-ins more wait their turn; past that an anonymous caller is
 * told to come back rather than queued behind a flood. New passwords (set by an admin, the CLI or
 * the demo) always wait.
 */
const HASHING = pLimit(2);
const MOST_HASHES_HELD = 2 + 16;

/** Throws SERVER_BUSY when no more hashes can be taken on now; callers check before counting an attempt. */
export function assertHashingCapacity(): void {
  if (HASHING.activeCount + HASHING.pendingCount >= MOST_HASHES_HELD)
    throw new AppError(
      {
        code: 'SERVER_BUSY',
        message: 'The server is checking too many passwords at once; try again in a moment',
      },
      { retryAfterSeconds: 1 },
    );
}

function scrypt(
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
  bounded: boolean,
): Promise<Buffer> {
  if (bounded) assertHashingCapacity();
  return HASHING(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

// OWASP's password storage guidance lists N=2^15, r=8, p=3 among its equivalent minimums for scrypt
// (32 MiB of memory per hash).
const PARAMS = { N: 2 ** 15, r: 8, p: 3, keylen: 32 };

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(
    password.normalize('NFKC'),
    salt,
    PARAMS.keylen,
    {
      ...PARAMS,
      maxmem: 128 * 1024 * 1024,
    },
    false,
  );
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(
    password.normalize('NFKC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: 128 * 1024 * 1024,
    },
    true,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to verify against when the account does not exist, so timing does not reveal which emails exist. */
export const DUMMY_HASH =
  'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** A new account's password that met the rules, hashed (never the password itself). */
export interface CheckedPassword {
  readonly checkedHash: string;
}

/**
 * The rules, then the hash: what a new account's password goes through, whoever sets it. Throws
 * WEAK_PASSWORD. Slow on purpose, so callers do it before a transaction opens.
 */
export async function checkNewPassword(password: string, email: string): Promise<CheckedPassword> {
  const weak = checkPasswordRules(password, email);
  if (weak) throw new AppError(weak);
  return { checkedHash: await hashPassword(password) };
}
