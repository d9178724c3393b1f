import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSession } from '../../auth/sessions.js';
import { createPeopleWorld, PASSWORD, type PeopleWorld } from '../../test-support/people.js';
import { signIn } from './sign-in.js';
import { signOut } from './sign-out.js';
import { whoAmI } from './who-am-i.js';

describe.each(testDrivers())('signOut and whoAmI on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  it('names the signed-in person and their organisations, until they sign out', async () => {
    await w.person(w.admin.email, 'viewer', w.westMids.id);
    const { token } = await signIn(w.operator, {
      email: w.admin.email,
      password: PASSWORD,
      ip: null,
    });
    const session = (await resolveSession(w.db, token, w.operator.now()))!;
    const me = await whoAmI(w.operator, { user: session.user });
    expect(me).toMatchObject({ id: w.admin.id, email: w.admin.email });
    expect(
      me!.memberships.map((m) => [m.organisationSlug, m.organisationName, m.role]).sort(),
    ).toEqual([
      ['staffordshire', 'Staffordshire Police', 'admin'],
      ['west-midlands', 'West Midlands Police', 'viewer'],
    ]);

    await signOut(await w.as(w.admin.id), { sessionId: session.sessionId });
    expect(await resolveSession(w.db, token, w.operator.now())).toBeNull();
    expect(await whoAmI(w.operator, { user: null })).toBeNull();
    expect(await w.actionsOn(w.admin.id)).toContain('auth.signed_out');
  });
});
