import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

const PASSWORD = 'correct horse battery staple';

describe('password hashing under a flood', () => {
  // Regression (issue 13, cheap denial of service): sixty anonymous sign-ins at once each took a
  // thread and 32 MiB for scrypt, stalling every other request that needed the thread pool.
  it('runs two hashes at a time, holds sixteen more, and refuses the rest at once with SERVER_BUSY', async () => {
    const stored = await hashPassword(PASSWORD);
    const sent = Array.from({ length: 30 }, () => verifyPassword(PASSWORD, stored));
    // A new password (set by an admin or the CLI) waits its turn however busy the server is.
    const newPassword = hashPassword('another long passphrase');
    const flood = await Promise.allSettled(sent);
    await expect(newPassword).resolves.toMatch(/^scrypt\$/);
    const outcomes = flood.map((o) =>
      o.status === 'fulfilled' ? o.value : (o.reason as { code: string }).code,
    );
    expect(outcomes.filter((o) => o === true)).toHaveLength(18);
    expect(outcomes.filter((o) => o === 'SERVER_BUSY')).toHaveLength(12);
    const busy = flood.find((o) => o.status === 'rejected')!;
    expect(busy).toMatchObject({
      reason: {
        message: 'The server is checking too many passwords at once; try again in a moment',
        details: { retryAfterSeconds: 1 },
      },
    });
    // Once the flood has passed, sign-ins are checked again.
    await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(true);
  });
});
