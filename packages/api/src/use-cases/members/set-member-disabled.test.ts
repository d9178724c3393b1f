import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, resolveSession } from '../../auth/sessions.js';
import { createPeopleWorld, PASSWORD, type PeopleWorld } from '../../test-support/people.js';
import { signIn } from '../auth/sign-in.js';
import type { UseCaseContext } from '../context.js';
import { listRecords } from '../records/list-records.js';
import { addMember } from './add-member.js';
import { listMembers } from './list-members.js';
import { setMemberDisabled } from './set-member-disabled.js';
import { setMemberRole } from './set-member-role.js';

describe.each(testDrivers())('setMemberDisabled on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  /** The actor a session cookie gives, as the API builds it on each request. */
  const actorOf = async (token: string): Promise<UseCaseContext | null> => {
    const session = await resolveSession(w.db, token, w.operator.now());
    return (
      session && { db: w.db, actor: { ...session.user, operator: false }, now: w.operator.now }
    );
  };
  const organisationsOf = async (token: string) =>
    (await actorOf(token))?.actor.memberships.map((m) => m.organisationId);

  // Regression (issue 13, defect 2): an admin of one force invited a West Midlands account into
  // Staffordshire, disabled it there, and so ended its sessions and sign-in for West Midlands too.
  it("takes away one organisation's access only: the person still signs in and works in the other", async () => {
    const admin = await w.as(w.admin.id);
    const bea = await w.person('bea.both@example.org', 'editor', w.westMids.id);
    await addMember(admin, {
      organisationId: w.staffs.id,
      email: bea.email,
      displayName: 'Anything',
      role: 'viewer',
      initialPassword: 'another long password',
    });
    const { token } = await signIn(w.operator, { email: bea.email, password: PASSWORD, ip: null });
    expect(await organisationsOf(token)).toEqual(
      expect.arrayContaining([w.staffs.id, w.westMids.id]),
    );

    await setMemberDisabled(admin, { organisationId: w.staffs.id, userId: bea.id, disabled: true });
    // The same session, at its next request: West Midlands only.
    expect(await organisationsOf(token)).toEqual([w.westMids.id]);
    const asBea = (await actorOf(token))!;
    await expect(listRecords(asBea, { organisationId: w.westMids.id })).resolves.toEqual([]);
    await expect(listRecords(asBea, { organisationId: w.staffs.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // A new sign-in works too, with the same access.
    const again = await signIn(w.operator, { email: bea.email, password: PASSWORD, ip: null });
    expect(await organisationsOf(again.token)).toEqual([w.westMids.id]);
    const listed = await listMembers(admin, { organisationId: w.staffs.id });
    expect(listed.find((m) => m.id === bea.id)).toMatchObject({ disabled: true });

    await setMemberDisabled(admin, {
      organisationId: w.staffs.id,
      userId: bea.id,
      disabled: false,
    });
    expect(await organisationsOf(token)).toEqual(
      expect.arrayContaining([w.staffs.id, w.westMids.id]),
    );
    expect((await w.actionsOn(bea.id)).filter((a) => /disabled|enabled/.test(a))).toEqual([
      'member.disabled',
      'member.enabled',
    ]);
  });

  it('leaves a member of only that organisation signed in, with no organisation', async () => {
    const admin = await w.as(w.admin.id);
    const dee = await w.person('dee.disabled@example.org', 'editor');
    const { token } = await createSession(w.db, dee.id, w.operator.now());
    await setMemberDisabled(admin, { organisationId: w.staffs.id, userId: dee.id, disabled: true });
    expect(await organisationsOf(token)).toEqual([]);
    await expect(listRecords((await actorOf(token))!, {})).resolves.toEqual([]);
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
    await expect(
      setMemberRole(admin, { organisationId: w.westMids.id, userId: elsewhere.id, role: null }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await listMembers(w.operator, { organisationId: w.westMids.id })).toContainEqual(
      expect.objectContaining({ id: elsewhere.id, role: 'viewer', disabled: false }),
    );
  });

  it('removing someone from one organisation leaves their others', async () => {
    const admin = await w.as(w.admin.id);
    const ray = await w.person('ray.removed@example.org', 'viewer', w.westMids.id);
    await addMember(admin, {
      organisationId: w.staffs.id,
      email: ray.email,
      role: 'viewer',
      initialPassword: 'another long password',
    });
    await setMemberRole(admin, { organisationId: w.staffs.id, userId: ray.id, role: null });
    const { token } = await signIn(w.operator, { email: ray.email, password: PASSWORD, ip: null });
    expect(await organisationsOf(token)).toEqual([w.westMids.id]);
  });
});
