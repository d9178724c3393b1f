import { listAudit } from '@irr/db/read-models';
import { findUserByEmail } from '@irr/db/repositories';
import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../auth/password.js';
import { createPeopleWorld, PASSWORD, type PeopleWorld } from '../../test-support/people.js';
import { signIn } from '../auth/sign-in.js';
import { addMember } from './add-member.js';
import { listMembers } from './list-members.js';

describe.each(testDrivers())('addMember on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  it("gives a new person an account and a role; they sign in with the admin's initial password", async () => {
    const admin = await w.as(w.admin.id);
    const added = await addMember(admin, {
      organisationId: w.staffs.id,
      email: 'Vic.Viewer@Example.org',
      displayName: 'Vic Viewer',
      role: 'viewer',
      initialPassword: PASSWORD,
    });
    expect(added).toMatchObject({
      change: 'added',
      accountCreated: true,
      previousRole: null,
      // Listed by email alone until they sign in (issue 13, defect 2): see the test below.
      member: { email: 'vic.viewer@example.org', displayName: null, role: 'viewer' },
    });
    expect(await listMembers(admin, { organisationId: w.staffs.id })).toContainEqual(added.member);
    await expect(
      signIn(w.operator, { email: 'vic.viewer@example.org', password: PASSWORD, ip: null }),
    ).resolves.toHaveProperty('token');
    expect(await listMembers(admin, { organisationId: w.staffs.id })).toContainEqual({
      ...added.member,
      displayName: 'Vic Viewer',
    });
    const events = await listAudit(w.db, {
      entityType: 'user',
      entityId: added.member.id,
      limit: 10,
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['member.added', w.admin.id]]);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it('refuses a weak first password, says why, and creates nobody', async () => {
    const admin = await w.as(w.admin.id);
    await expect(
      addMember(admin, {
        organisationId: w.staffs.id,
        email: 'weak@example.org',
        role: 'editor',
        initialPassword: 'Kestrel1',
      }),
    ).rejects.toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
    expect(await findUserByEmail(w.db, 'weak@example.org')).toBeNull();
  });

  it('adds an existing account to another organisation with its own name and password', async () => {
    const known = await w.person('pat.policy@example.org', 'editor');
    const before = await findUserByEmail(w.db, known.email);
    const added = await addMember(w.operator, {
      organisationId: w.westMids.id,
      email: known.email,
      displayName: 'Someone Else',
      role: 'approver',
      initialPassword: 'a different long password',
    });
    expect(added).toMatchObject({ change: 'added', accountCreated: false, previousRole: null });
    expect(added.member.displayName).toBeNull();
    expect((await findUserByEmail(w.db, known.email))!.passwordHash).toBe(before!.passwordHash);
    expect(await verifyPassword(PASSWORD, before!.passwordHash)).toBe(true);
    expect(await w.actionsOn(known.id)).toEqual(['member.added', 'member.added']);
  });

  // Regression (issue 13, defect 2): inviting an existing account's email answered with its name,
  // and skipped the password rules, so any admin could learn who has an account.
  it('answers an admin alike for a new and an existing account, and reveals nothing of the account', async () => {
    const admin = await w.as(w.admin.id);
    const { member: known } = await addMember(w.operator, {
      organisationId: w.westMids.id,
      email: 'quinn.known@example.org',
      displayName: 'Quinn Secretname',
      role: 'approver',
      initialPassword: PASSWORD,
    });
    const before = (await findUserByEmail(w.db, known.email))!;
    await signIn(w.operator, { email: known.email, password: PASSWORD, ip: null });
    const invite = (email: string, initialPassword: string) =>
      addMember(admin, {
        organisationId: w.staffs.id,
        email,
        displayName: 'Typed By Admin',
        role: 'viewer',
        initialPassword,
      });
    // A weak password is refused for both: the rules do not tell them apart.
    for (const email of [known.email, 'quinn.new@example.org'])
      await expect(invite(email, 'Kestrel1')).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
    // What the admin sees: the answer, the members list and their organisation's audit trail.
    const shown = async (email: string) => {
      const { member, change, previousRole } = await invite(email, 'a long initial passphrase');
      const listed = (await listMembers(admin, { organisationId: w.staffs.id })).find(
        (m) => m.id === member.id,
      );
      const audit = await listAudit(w.db, {
        entityId: member.id,
        organisationId: w.staffs.id,
        limit: 10,
      });
      const seen = { member, change, previousRole, listed, audit: audit.map((e) => e.after) };
      return JSON.stringify(seen).replaceAll(email, 'EMAIL').replaceAll(member.id, 'ID');
    };
    const existing = await shown(known.email);
    expect(existing).not.toContain('Secretname');
    expect(existing).not.toContain('approver');
    expect(existing).toEqual(await shown('quinn.new@example.org'));
    const after = (await findUserByEmail(w.db, known.email))!;
    expect([after.passwordHash, after.displayName]).toEqual([
      before.passwordHash,
      before.displayName,
    ]);
  });

  it("changes a member's role, and writes nothing when they already hold it", async () => {
    const member = await w.person('rory.role@example.org', 'viewer');
    const input = { organisationId: w.staffs.id, email: member.email, role: 'editor' as const };
    expect(await addMember(w.operator, input)).toMatchObject({
      change: 'role_changed',
      previousRole: 'viewer',
    });
    expect(await addMember(w.operator, input)).toMatchObject({
      change: 'unchanged',
      previousRole: 'editor',
    });
    expect(await w.actionsOn(member.id)).toEqual(['member.added', 'member.role_changed']);
    const [changed] = await listAudit(w.db, { entityId: member.id, limit: 1 });
    expect(changed).toMatchObject({ before: { role: 'viewer' }, after: { role: 'editor' } });
  });

  it('is for admins of that organisation only', async () => {
    const editor = await w.as((await w.person('eddie.editor@example.org', 'editor')).id);
    const input = { email: 'new@example.org', role: 'viewer' as const, initialPassword: PASSWORD };
    await expect(
      addMember(editor, { ...input, organisationId: w.staffs.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addMember(await w.as(w.admin.id), { ...input, organisationId: w.westMids.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await findUserByEmail(w.db, 'new@example.org')).toBeNull();
  });
});
