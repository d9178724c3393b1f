import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, resolveSession } from '../../auth/sessions.js';
import { createPeopleWorld, PASSWORD, type PeopleWorld } from '../../test-support/people.js';
import { signIn } from '../auth/sign-in.js';
import { setAccountDisabled } from './set-account-disabled.js';

describe.each(testDrivers())('setAccountDisabled on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  it('lets the operator end an account everywhere, and allow it again', async () => {
    const member = await w.person('otto.off@example.org', 'editor');
    const { token } = await createSession(w.db, member.id, w.operator.now());
    const credentials = { email: member.email, password: PASSWORD, ip: null };
    await setAccountDisabled(w.operator, { email: member.email, disabled: true });
    expect(await resolveSession(w.db, token, w.operator.now())).toBeNull();
    await expect(signIn(w.operator, credentials)).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    await setAccountDisabled(w.operator, { email: member.email, disabled: false });
    await expect(signIn(w.operator, credentials)).resolves.toHaveProperty('token');
    expect((await w.actionsOn(member.id)).filter((a) => a.startsWith('user.'))).toEqual([
      'user.disabled',
      'user.enabled',
    ]);
  });

  it('is not for an admin of any organisation', async () => {
    const member = await w.person('ivy.in@example.org', 'viewer');
    await expect(
      setAccountDisabled(await w.as(w.admin.id), { email: member.email, disabled: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      signIn(w.operator, { email: member.email, password: PASSWORD, ip: null }),
    ).resolves.toHaveProperty('token');
  });
});
