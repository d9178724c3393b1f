import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeopleWorld, type PeopleWorld } from '../../test-support/people.js';
import { listMembers } from './list-members.js';
import { setMemberRole } from './set-member-role.js';

describe.each(testDrivers())('setMemberRole on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  const roleOf = async (userId: string) =>
    (await listMembers(w.operator, { organisationId: w.staffs.id })).find((m) => m.id === userId)
      ?.role ?? null;

  it("changes another member's role, and takes them out of the organisation with none", async () => {
    const admin = await w.as(w.admin.id);
    const member = await w.person('sam.staff@example.org', 'viewer');
    const target = { organisationId: w.staffs.id, userId: member.id };
    await setMemberRole(admin, { ...target, role: 'approver' });
    expect(await roleOf(member.id)).toBe('approver');
    await setMemberRole(admin, { ...target, role: null });
    expect(await roleOf(member.id)).toBeNull();
    expect(await w.actionsOn(member.id)).toEqual([
      'member.added',
      'member.role_changed',
      'member.removed',
    ]);
    const [removed] = await listAudit(w.db, { entityId: member.id, limit: 1 });
    expect(removed).toMatchObject({
      actorId: w.admin.id,
      before: { role: 'approver' },
      after: { role: null },
    });
  });

  it('refuses an admin their own role, and someone who is not a member', async () => {
    const admin = await w.as(w.admin.id);
    await expect(
      setMemberRole(admin, { organisationId: w.staffs.id, userId: w.admin.id, role: 'viewer' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('your own role') as string,
    });
    const elsewhere = await w.person('wendy.west@example.org', 'editor', w.westMids.id);
    await expect(
      setMemberRole(admin, { organisationId: w.staffs.id, userId: elsewhere.id, role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await roleOf(w.admin.id)).toBe('admin');
  });
});
