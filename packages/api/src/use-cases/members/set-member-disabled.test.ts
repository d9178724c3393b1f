import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, resolveSession } from '../../auth/sessions.js';
import { createPeopleWorld, PASSWORD, type PeopleWorld } from '../../test-support/people.js';
import { signIn } from '../auth/sign-in.js';
import { listMembers } from './list-members.js';
import { setMemberDisabled } from './set-member-disabled.js';

describe.each(testDrivers())('setMemberDisabled on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  it('signs a disabled member out everywhere and refuses their sign-in until enabled again', async () => {
    const admin = await w.as(w.admin.id);
    const member = await w.person('dee.disabled@example.org', 'editor');
    const { token } = await createSession(w.db, member.id, w.operator.now());
    const credentials = { email: member.email, password: PASSWORD, ip: null };
    const target = { organisationId: w.staffs.id, userId: member.id };

    await setMemberDisabled(admin, { ...target, disabled: true });
    expect(await resolveSession(w.db, token, w.operator.now())).toBeNull();
    await expect(signIn(w.operator, credentials)).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    const listed = await listMembers(admin, { organisationId: w.staffs.id });
    expect(listed.find((m) => m.id === member.id)).toMatchObject({ disabled: true });

    await setMemberDisabled(admin, { ...target, disabled: false });
    await expect(signIn(w.operator, credentials)).resolves.toHaveProperty('token');
    expect((await w.actionsOn(member.id)).filter((a) => a.startsWith('user.'))).toEqual([
      'user.disabled',
      'user.enabled',
    ]);
  });

  it('refuses an admin disabling themselves, or someone outside their organisation', async () => {
    const admin = await w.as(w.admin.id);
    await expect(
      setMemberDisabled(admin, { organisationId: w.staffs.id, userId: w.admin.id, disabled: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'You cannot disable yourself' });
    const elsewhere = await w.person('walt.west@example.org', 'viewer', w.westMids.id);
    await expect(
      setMemberDisabled(admin, {
        organisationId: w.staffs.id,
        userId: elsewhere.id,
        disabled: true,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      setMemberDisabled(admin, {
        organisationId: w.westMids.id,
        userId: elsewhere.id,
        disabled: true,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
