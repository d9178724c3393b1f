import { TRPCError } from '@trpc/server';
import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinEveryone } from '../../test-support/joined.js';
import { createWorld, type World } from '../../test-support/world.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(testDrivers())(
  'audit.list: who, what and on which finding, in words (%s)',
  (driver) => {
    let w: World;
    let findingId: string;
    let reportTitle: string;

    beforeAll(async () => {
      w = await createWorld(driver);
      await joinEveryone(w);
      const record = await w.as('editor').records.get({ recordId: w.recordId });
      reportTitle = record.report.title;
      const added = await w.as('editor').findings.add({
        recordId: w.recordId,
        rowVersion: record.rowVersion,
        kind: 'area_for_improvement',
        title: 'Case reviews',
        text: '<p>The force should review its cases.</p>',
        group: { pillar: null, area: null, questionId: null },
      });
      const finding = added.findings.at(-1)!;
      findingId = finding.id;
      const started = await w.as('editor').findings.transition({
        findingId,
        rowVersion: finding.rowVersion,
        to: 'in_progress',
      });
      await w.as('approver').findings.setOwner({
        findingId,
        rowVersion: started.findings.find((f) => f.id === findingId)!.rowVersion,
        ownerUserId: w.users.editor.id,
        team: null,
      });
      // Another organisation's admin adds a member there: its event is theirs alone.
      await w.as('outsider').users.invite({
        organisationId: w.westMids.id,
        email: 'new.member@west-midlands.example.org',
        displayName: 'New Member',
        role: 'viewer',
        initialPassword: 'plinth orchard lantern 48',
      });
    });
    afterAll(() => w.close());

    it("shows a finding's status change: who by name, the action, the finding with its record, the change in words", async () => {
      const rows = await w.as('viewer').audit.list({ organisationId: w.staffs.id });
      const started = rows.find((r) => r.action === 'finding.started')!;
      expect(started).toMatchObject({
        actorName: 'editor',
        target: {
          kind: 'finding',
          label: expect.stringMatching(/^AFI\d+ · Area for improvement: Case reviews$/) as unknown,
          recordId: w.recordId,
          recordLabel: reportTitle,
          findingId,
        },
      });
      expect(started.changes).toContainEqual({
        field: 'Status',
        before: 'Not started',
        after: 'In progress',
      });
      // The owner is named, never given as an id; no change anywhere shows an id.
      const owner = rows.find((r) => r.action === 'finding.owner_set')!;
      expect(owner.actorName).toBe('approver');
      expect(owner.changes).toContainEqual({ field: 'Owner', before: null, after: 'editor' });
      for (const row of rows) expect(JSON.stringify(row.changes)).not.toMatch(UUID);
      expect(rows.find((r) => r.action === 'record.imported')?.target).toMatchObject({
        kind: 'record',
        label: reportTitle,
        recordId: w.recordId,
      });
    });

    it('filters by person, by action and by record', async () => {
      const viewer = w.as('viewer');
      const org = w.staffs.id;
      const byApprover = await viewer.audit.list({
        organisationId: org,
        actorId: w.users.approver.id,
      });
      expect(byApprover.map((r) => r.action)).toEqual(['finding.owner_set']);
      const started = await viewer.audit.list({ organisationId: org, action: 'finding.started' });
      expect(started.map((r) => r.target.findingId)).toEqual([findingId]);
      const aboutRecord = await viewer.audit.list({ organisationId: org, recordId: w.recordId });
      expect(aboutRecord.map((r) => r.action)).toEqual([
        'finding.owner_set',
        'finding.started',
        'finding.added',
        'record.imported',
      ]);
      const otherRecord = await viewer.audit.list({
        organisationId: org,
        recordId: '00000000-0000-4000-8000-000000000000',
      });
      expect(otherRecord).toEqual([]);
      expect(await viewer.audit.people({ organisationId: org })).toEqual([
        { id: w.users.approver.id, name: 'approver' },
        { id: w.users.editor.id, name: 'editor' },
      ]);
    });

    it("says on the dashboard's recent activity which finding or record each change was about", async () => {
      const { activity } = await w.as('viewer').dashboard.summary({});
      expect(activity[0]).toMatchObject({
        actor: 'approver',
        action: 'finding.owner_set',
        target: { kind: 'finding', recordId: w.recordId, findingId, recordLabel: reportTitle },
      });
      expect(activity.at(-1)?.target).toMatchObject({ kind: 'record', label: reportTitle });
    });

    it("never shows another organisation's entries", async () => {
      const ours = await w.as('viewer').audit.list({ organisationId: w.staffs.id });
      expect(ours.some((r) => r.action === 'member.added')).toBe(false);
      const theirs = await w.as('outsider').audit.list({ organisationId: w.westMids.id });
      expect(theirs.map((r) => [r.action, r.actorName, r.target.label])).toEqual([
        ['member.added', 'outsider', 'New Member'],
      ]);
      // Nor by asking for them: neither side may read the other's log, its people or its record.
      await expect(
        w.as('viewer').audit.list({ organisationId: w.westMids.id }),
      ).rejects.toBeInstanceOf(TRPCError);
      await expect(
        w.as('outsider').audit.people({ organisationId: w.staffs.id }),
      ).rejects.toBeInstanceOf(TRPCError);
      expect(
        await w.as('outsider').audit.list({ organisationId: w.westMids.id, recordId: w.recordId }),
      ).toEqual([]);
    });
  },
);
