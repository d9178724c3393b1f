import { schema } from '@irr/db';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';
import type { Mailer, OutgoingMail } from './mailer.js';
import { enqueueDigests } from './enqueue-digests.js';
import { runDueNotifications } from './run-due-notifications.js';

/** The mail port's other end, recording what the server would hand to SMTP. */
function recordingMailer(): Mailer & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    send: (mail) => {
      sent.push(mail);
      return Promise.resolve();
    },
  };
}

const SETTINGS = {
  adminUrl: 'https://register.example.org/admin',
  publicUrl: 'https://register.example.org',
  domain: 'register.example.org',
};

describe('notifications: who is told what, in the app and by mail', () => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  const run = (mailer: Mailer) =>
    runDueNotifications(w.db, mailer, SETTINGS, () => new Date('2026-11-28T10:05:00Z'));

  it("a submission tells the organisation's approvers, not the submitter, a viewer or another organisation", async () => {
    await submitRecord(w);
    const unread = async (p: 'viewer' | 'editor' | 'approver' | 'admin' | 'outsider') =>
      (await w.as(p).notifications.mine()).unread;
    expect(
      await Promise.all(
        (['viewer', 'editor', 'approver', 'admin', 'outsider'] as const).map(unread),
      ),
    ).toEqual([0, 0, 1, 1, 0]);
    const [item] = (await w.as('approver').notifications.mine()).items;
    expect(item).toMatchObject({ kind: 'review_requested', link: `/records/${w.recordId}` });
    expect(item!.line).toMatch(/^editor asks you to review Staffordshire Police's response to "/);

    const mailer = recordingMailer();
    const delivery = await run(mailer);
    expect(delivery.sent).toBeGreaterThanOrEqual(2);
    const told = mailer.sent.filter((m) => m.subject === item!.line).map((m) => m.to.address);
    expect(told.sort()).toEqual(['admin@example.org', 'approver@example.org']);
    const mail = mailer.sent.find((m) => m.to.address === 'approver@example.org')!;
    expect(mail.text).toContain(`https://register.example.org/admin/records/${w.recordId}`);
    expect(mail.text).toContain('https://register.example.org/admin/notifications');
    expect(mail.messageId).toMatch(/^<irr\.mail\.notification\.[\w.-]+@register\.example\.org>$/);

    // Admins read what was sent to their own organisation's people; another organisation's admin sees none.
    const outbox = await w.as('admin').notifications.outbox();
    expect(outbox.map((m) => m.to).sort()).toEqual(['admin@example.org', 'approver@example.org']);
    expect(outbox[0]!.subject).toBe(item!.line);
    expect(await w.as('outsider').notifications.outbox()).toEqual([]);
  });

  it('changes requested tells whoever submitted; marking read is for one’s own notifications only', async () => {
    const submitted = await submitRecord(w);
    await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: submitted.rowVersion,
      to: 'draft',
      reason: 'Say who owns AFI1',
    });
    const editor = await w.as('editor').notifications.mine();
    expect(editor.items.map((n) => n.kind)).toEqual(['changes_requested']);
    // The approver's notification id, marked by someone else, stays unread.
    const [theirs] = (await w.as('approver').notifications.mine()).items;
    expect(await w.as('editor').notifications.markRead({ ids: [theirs!.id] })).toEqual({
      marked: 0,
    });
    expect((await w.as('approver').notifications.mine()).unread).toBe(1);
    expect(await w.as('editor').notifications.markRead({ ids: null })).toEqual({ marked: 1 });
    expect((await w.as('editor').notifications.mine()).unread).toBe(0);
  });

  it('making someone the owner of a finding tells them, but not when they take it themselves', async () => {
    // Only someone who has signed in may own a finding.
    await w.db.update(schema.memberships).set({ joinedAt: new Date('2026-11-01T09:00:00Z') });
    const ids = await w.findingIds();
    const record = await w.as('approver').records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const after = await w.as('approver').findings.setOwner({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      ownerUserId: w.users.editor.id,
      team: null,
    });
    const [told] = (await w.as('editor').notifications.mine()).items;
    expect(told).toMatchObject({
      kind: 'finding_assigned',
      link: `/records/${w.recordId}/findings/${ids.AFI1}`,
    });
    expect(told!.line).toContain('AFI1');
    void after;
    const latest = await w.as('approver').records.get({ recordId: w.recordId });
    const afi2 = latest.findings.find((f) => f.ref === 'AFI1')!;
    await w.as('approver').findings.setOwner({
      findingId: afi2.id,
      rowVersion: afi2.rowVersion,
      ownerUserId: w.users.approver.id,
      team: null,
    });
    expect((await w.as('approver').notifications.mine()).items).toEqual([]);
  });

  it('a digest lists exactly the due findings of each person, none when off, and once a period', async () => {
    const ids = await w.findingIds();
    const setFinding = (ref: string, ownerUserId: string, targetDate: string, status?: 'closed') =>
      w.db
        .update(schema.findings)
        .set({ ownerUserId, targetDate, ...(status && { status }) })
        .where(eq(schema.findings.id, ids[ref]!));
    const refs = Object.keys(ids).sort();
    const [overdue, soon, later, closed] = refs;
    await setFinding(overdue!, w.users.editor.id, '2026-11-20');
    await setFinding(soon!, w.users.editor.id, '2026-12-08');
    // Beyond the 45 days a digest looks ahead: not listed.
    await setFinding(later!, w.users.editor.id, '2027-03-01');
    await setFinding(closed!, w.users.editor.id, '2026-11-21', 'closed');
    // The approver owns one too, but has turned the digest off.
    await w.as('approver').notifications.setDigest({ digest: 'off' });
    await setFinding(refs[4]!, w.users.approver.id, '2026-11-20');

    const mailer = recordingMailer();
    const first = await run(mailer);
    const digests = mailer.sent.filter((m) => m.subject.startsWith('What is due'));
    expect(digests.map((m) => m.to.address)).toEqual(['editor@example.org']);
    const text = digests[0]!.text;
    expect(text).toContain(`${overdue} `);
    expect(text).toMatch(/overdue by 8 days \(target 2026-11-20\)/);
    expect(text).toMatch(/due in 10 days \(2026-12-08\)/);
    expect(text).not.toContain(`${later} `);
    expect(text).not.toContain(`${closed} `);
    expect(first.digestsQueued).toBeGreaterThanOrEqual(1);

    const second = recordingMailer();
    const again = await run(second);
    expect(again.digestsQueued).toBe(0);
    expect(second.sent).toEqual([]);
  });

  it('a digest queued for a frequency the person has since changed is not sent: one digest, not two', async () => {
    const ids = await w.findingIds();
    await w.db
      .update(schema.findings)
      .set({ ownerUserId: w.users.editor.id, targetDate: '2026-11-20' })
      .where(eq(schema.findings.id, Object.values(ids)[0]!));
    await w.as('editor').notifications.setDigest({ digest: 'weekly' });
    // The scheduler queues this week's digest; before it is sent, the editor asks for a daily one.
    expect(await enqueueDigests(w.db, new Date('2026-11-28T10:04:00Z'))).toBeGreaterThanOrEqual(1);
    await w.as('editor').notifications.setDigest({ digest: 'daily' });

    const mailer = recordingMailer();
    const result = await run(mailer);
    const digests = mailer.sent.filter((m) => m.subject.startsWith('What is due'));
    expect(digests.map((m) => [m.to.address, m.messageId])).toEqual([
      ['editor@example.org', expect.stringMatching(/\.2026-11-28@/)],
    ]);
    expect(result.skipped).toBeGreaterThanOrEqual(1);
  });

  it('a mail to someone who has left the organisation since is not sent', async () => {
    await submitRecord(w);
    await w.db
      .update(schema.memberships)
      .set({ disabledAt: new Date('2026-11-28T10:01:00Z') })
      .where(eq(schema.memberships.userId, w.users.admin.id));
    const mailer = recordingMailer();
    await run(mailer);
    expect(mailer.sent.map((m) => m.to.address)).not.toContain('admin@example.org');
    expect(mailer.sent.map((m) => m.to.address)).toContain('approver@example.org');
  });
});
