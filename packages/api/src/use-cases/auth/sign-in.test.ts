import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSession } from '../../auth/sessions.js';
import { createPeopleWorld, PASSWORD, type PeopleWorld } from '../../test-support/people.js';
import { SIGN_IN_REFUSED, signIn } from './sign-in.js';

const MINUTE = 60_000;

describe.each(testDrivers())('signIn on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  const attempt = (email: string, password: string) =>
    signIn(w.operator, { email, password, ip: '192.0.2.1' });

  it('gives a session the cookie can carry, whatever the case of the email', async () => {
    const session = await attempt('ADA.Admin@example.org ', PASSWORD);
    const resolved = await resolveSession(w.db, session.token, w.operator.now());
    expect(resolved?.user).toMatchObject({ id: w.admin.id, email: 'ada.admin@example.org' });
    expect(session.expiresAt.getTime()).toBe(w.operator.now().getTime() + 12 * 60 * MINUTE);
  });

  it('refuses an unknown email and a wrong password in the same words', async () => {
    const message = SIGN_IN_REFUSED;
    // One at a time: a second attempt started early rejects before anything awaits it.
    await expect(attempt('nobody@example.org', PASSWORD)).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
      message,
    });
    await expect(attempt(w.admin.email, 'not the password at all')).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
      message,
    });
  });

  it('locks an account after five failures in a row, for longer each time, and forgets them on success', async () => {
    const { email, id } = await w.person('lou.locked@example.org', 'viewer');
    const start = new Date('2026-03-02T10:00:00Z');
    w.setNow(start);
    for (let i = 0; i < 5; i += 1)
      await expect(attempt(email, 'a wrong guess')).rejects.toMatchObject({
        code: 'BAD_CREDENTIALS',
      });
    // The fifth failure locked it for a minute: even the right password waits, refused in the
    // same words as a wrong one (issue 13: LOCKED_OUT told which emails have accounts).
    await expect(attempt(email, PASSWORD)).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
      message: SIGN_IN_REFUSED,
    });
    w.setNow(new Date(start.getTime() + MINUTE + 1));
    await expect(attempt(email, 'a wrong guess')).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    await expect(attempt(email, PASSWORD)).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    w.setNow(new Date(start.getTime() + 4 * MINUTE));
    await expect(attempt(email, PASSWORD)).resolves.toHaveProperty('token');
    // Forgotten: one more failure costs nothing.
    await expect(attempt(email, 'a wrong guess')).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    await expect(attempt(email, PASSWORD)).resolves.toHaveProperty('token');
    const actions = await w.actionsOn(id);
    expect(actions.filter((a) => a === 'auth.sign_in_failed')).toHaveLength(7);
    expect(actions.filter((a) => a === 'auth.signed_in')).toHaveLength(2);
  });

  // Regression (issue 13, lockout raced): forty wrong passwords sent at once all read "no failures
  // yet" before any was counted, so none locked the account and the right password got in.
  it('counts parallel wrong passwords one by one, so the right one after forty of them is refused', async () => {
    const { email, id } = await w.person('pat.parallel@example.org', 'viewer');
    w.setNow(new Date('2026-04-01T09:00:00Z'));
    const tries = await Promise.allSettled(
      Array.from({ length: 40 }, () => attempt(email, 'a wrong guess')),
    );
    const codes = tries.map((t) =>
      t.status === 'rejected' ? (t.reason as { code: string }).code : 'OK',
    );
    // None got in. The hashing bound (2 at a time, 16 waiting) turns the excess away as SERVER_BUSY
    // before any attempt is counted; every other one is refused as a wrong password.
    expect(codes.filter((c) => c !== 'BAD_CREDENTIALS' && c !== 'SERVER_BUSY')).toEqual([]);
    expect(codes.filter((c) => c === 'BAD_CREDENTIALS').length).toBeGreaterThanOrEqual(5);
    // Five were counted (and audited) before the lock; the rest met a locked account or a busy server.
    const failed = (await w.actionsOn(id)).filter((a) => a === 'auth.sign_in_failed');
    expect(failed).toHaveLength(5);
    await expect(attempt(email, PASSWORD)).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
  });

  // Regression (issue 13, defect 9): after five failures a known account answered LOCKED_OUT while
  // an unknown email still answered BAD_CREDENTIALS, so the answer told which emails have accounts.
  it('answers an unknown email and a locked account alike, try after try, even with the right password', async () => {
    const { email } = await w.person('kim.known@example.org', 'viewer');
    w.setNow(new Date('2026-05-01T09:00:00Z'));
    const answer = (p: Promise<unknown>) =>
      p.then(
        () => 'signed in',
        (e: { code: string; message: string }) => `${e.code}: ${e.message}`,
      );
    for (let i = 0; i < 8; i += 1) {
      const known = await answer(attempt(email, i === 7 ? PASSWORD : 'a wrong guess'));
      const unknown = await answer(attempt('kim.unknown@example.org', 'a wrong guess'));
      expect(known, `attempt ${i + 1}`).toBe(unknown);
    }
  });
});
