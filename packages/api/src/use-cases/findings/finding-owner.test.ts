import { schema } from '@irr/db';
import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { joinEveryone } from '../../test-support/joined.js';
import { createWorld, type World } from '../../test-support/world.js';

// Issue 16, item 2: a finding's owner is a person of the organisation, so "My findings" works.
describe.each(testDrivers())("a finding's owner (%s)", (driver) => {
  let w: World;
  afterEach(() => w.close());

  const finding = async (ref: string) =>
    (await w.as('editor').records.get({ recordId: w.recordId })).findings.find(
      (f) => f.ref === ref,
    )!;

  /** A target date, so the finding is on the dashboard's lists. */
  const schedule = async (ref: string) => {
    const f = await finding(ref);
    await w.as('editor').findings.setTargetDate({
      findingId: f.id,
      rowVersion: f.rowVersion,
      to: '2027-01-31',
    });
  };

  const setOwner = async (ref: string, ownerUserId: string | null, team: string | null = null) => {
    const f = await finding(ref);
    return w
      .as('editor')
      .findings.setOwner({ findingId: f.id, rowVersion: f.rowVersion, ownerUserId, team });
  };

  const mine = async (persona: 'editor' | 'approver') =>
    (await w.as(persona).dashboard.summary({ organisationId: w.staffs.id })).mine.map((f) => f.ref);

  it('is picked from the active members, shown by name with the team, and is theirs on the dashboard', async () => {
    w = await createWorld(driver);
    await joinEveryone(w);
    const picks = await w.as('editor').users.assignable({ organisationId: w.staffs.id });
    // Viewers cannot act on a finding, and the outsider is of another organisation.
    expect(picks.map((p) => p.name).sort()).toEqual(['admin', 'approver', 'editor']);

    await schedule('AFI1');
    const record = await setOwner('AFI1', w.users.approver.id, ' Public protection ');
    expect(record.findings.find((f) => f.ref === 'AFI1')).toMatchObject({
      owner: { id: w.users.approver.id, name: 'approver' },
      ownerTeam: 'Public protection',
    });
    expect(await mine('approver')).toEqual(['AFI1']);
    expect(await mine('editor')).toEqual([]);
    const [audit] = await listAudit(w.db, { entityId: record.findings[0]!.id, limit: 1 });
    expect(audit).toMatchObject({
      action: 'finding.owner_set',
      after: { ownerUserId: w.users.approver.id, ownerTeam: 'Public protection' },
    });

    // Nobody, and only a team: the finding is no one's.
    const cleared = await setOwner('AFI1', null, 'Public protection');
    expect(cleared.findings.find((f) => f.ref === 'AFI1')).toMatchObject({
      owner: null,
      ownerTeam: 'Public protection',
    });
    expect(await mine('approver')).toEqual([]);
  });

  it('refuses someone who is not an active editor or above of the organisation, changing nothing', async () => {
    w = await createWorld(driver);
    // Added, but not yet signed in: an invite says nothing about the account, so not yet an owner.
    expect(await appErrorCode(setOwner('AFI1', w.users.approver.id))).toBe('OWNER_NOT_MEMBER');
    await joinEveryone(w);
    expect(await appErrorCode(setOwner('AFI1', w.users.outsider.id))).toBe('OWNER_NOT_MEMBER');
    expect(await appErrorCode(setOwner('AFI1', w.users.viewer.id))).toBe('OWNER_NOT_MEMBER');
    await w.db
      .update(schema.memberships)
      .set({ disabledAt: new Date() })
      .where(eq(schema.memberships.userId, w.users.admin.id));
    expect(await appErrorCode(setOwner('AFI1', w.users.admin.id))).toBe('OWNER_NOT_MEMBER');
    expect(await w.as('editor').users.assignable({ organisationId: w.staffs.id })).toHaveLength(2);
    const f = await finding('AFI1');
    expect(f.owner).toBeNull();
    expect(f.rowVersion).toBe(1);
    // And a stale version is refused as ever.
    expect(
      await appErrorCode(
        w.as('editor').findings.setOwner({
          findingId: f.id,
          rowVersion: f.rowVersion + 5,
          ownerUserId: w.users.editor.id,
          team: null,
        }),
      ),
    ).toBe('STALE_VERSION');
  });

  it("moves all of one person's open findings to another in one go, each audited", async () => {
    w = await createWorld(driver);
    await joinEveryone(w);
    const ids = await w.findingIds();
    const refs = Object.keys(ids).slice(0, 3);
    for (const ref of refs) {
      await schedule(ref);
      await setOwner(ref, w.users.editor.id);
    }
    expect((await mine('editor')).sort()).toEqual([...refs].sort());

    // Only approvers and admins reassign in bulk; and only to someone who may own a finding.
    const reassign = (persona: 'editor' | 'approver', toUserId: string) =>
      w.as(persona).findings.reassignOwner({
        organisationId: w.staffs.id,
        fromUserId: w.users.editor.id,
        toUserId,
      });
    expect(await appErrorCode(reassign('editor', w.users.approver.id))).toBe('FORBIDDEN');
    expect(await appErrorCode(reassign('approver', w.users.viewer.id))).toBe('OWNER_NOT_MEMBER');

    const before = new Map(
      (await w.as('editor').records.get({ recordId: w.recordId })).findings.map((f) => [
        f.id,
        f.rowVersion,
      ]),
    );
    const moved = await reassign('approver', w.users.approver.id);
    expect(moved.findings.map((f) => f.ref).sort()).toEqual([...refs].sort());
    for (const f of moved.findings) expect(f.rowVersion).toBe(before.get(f.id)! + 1);
    expect(await mine('editor')).toEqual([]);
    expect((await mine('approver')).sort()).toEqual([...refs].sort());
    for (const f of moved.findings) {
      const [audit] = await listAudit(w.db, { entityId: f.id, limit: 1 });
      expect(audit).toMatchObject({
        action: 'finding.owner_set',
        actorId: w.users.approver.id,
        before: { ownerUserId: w.users.editor.id },
        after: { ownerUserId: w.users.approver.id },
      });
    }
  });
});
