import { schema } from '@irr/db';
import { insertRecord } from '@irr/db/repositories';
import { testDrivers } from '@irr/db/testing';
import { MY_FINDINGS_QUEUES, type FindingStatus, type RecordQueue } from '@irr/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { submitRecord } from '../../test-support/record-states.js';
import { createWorld, type Persona, type World } from '../../test-support/world.js';

// The world's today is 28 November 2026 (London).
const TODAY = '2026-11-28';

/** Issue 16, item 3: each queue's count, and the list its link opens, hold exactly its items. */
describe.each(testDrivers())("the dashboard's queues (%s)", (driver) => {
  let w: World;
  afterEach(() => w.close());

  const queues = async (persona: Persona) => (await w.as(persona).dashboard.summary({})).queues;
  const listed = async (persona: Persona, queue: RecordQueue) =>
    (await w.as(persona).records.list({ queue })).map((r) => r.id);

  /** A finding of the world's record with these tracking fields ("T1", "T2", ...). */
  const track = async (
    n: number,
    set: { owner?: string | null; targetDate?: string | null; status?: FindingStatus },
  ) => {
    await w.db.insert(schema.findings).values({
      recordId: w.recordId,
      ref: `T${n}`,
      position: 100 + n,
      kind: 'area_for_improvement',
      text: '<p>tracked</p>',
      ownerUserId: set.owner ?? null,
      targetDate: set.targetDate ?? null,
      status: set.status ?? 'in_progress',
    });
  };

  /** A record of West Midlands with one overdue finding owned by Staffordshire's editor. */
  const elsewhere = async () => {
    const [report] = await w.db
      .insert(schema.reports)
      .values({ slug: 'wm-report', title: 'WM', inspectorate: 'HMICFRS', type: 'peel' })
      .returning();
    const holder = {
      office: 'commissioner' as const,
      name: 'A',
      title: 'PCC',
      from: null,
      to: null,
    };
    const record = await insertRecord(
      w.db,
      {
        reportId: report!.id,
        organisationId: w.westMids.id,
        commissioner: holder,
        chiefOfficer: { ...holder, office: 'chief_officer' as const },
      },
      {
        organisationName: 'A force',
        reportTitle: report!.title,
        reportSlug: report!.slug,
        reportPublishedOn: null,
      },
      { actorId: null, action: 'record.imported' },
    );
    await w.db.insert(schema.findings).values({
      recordId: record.id,
      ref: 'R1',
      position: 0,
      kind: 'recommendation',
      text: '<p>elsewhere</p>',
      ownerUserId: w.users.editor.id,
      targetDate: '2026-11-01',
    });
  };

  it('counts my open findings due in 45, 14 and 0 days and overdue, and lists exactly them', async () => {
    w = await createWorld(driver);
    const me = w.users.editor.id;
    await track(1, { owner: me, targetDate: TODAY });
    await track(2, { owner: me, targetDate: '2026-12-08' }); // 10 days
    await track(3, { owner: me, targetDate: '2026-12-28' }); // 30 days
    await track(4, { owner: me, targetDate: '2026-11-23' }); // 5 days overdue
    await track(5, { owner: me, targetDate: '2027-03-01' }); // beyond 45 days
    await track(6, { owner: me, targetDate: null }); // no target date
    // Not counted: someone else's, a closed one, a superseded one, another organisation's.
    await track(7, { owner: w.users.approver.id, targetDate: '2026-11-20' });
    await track(8, { owner: me, targetDate: '2026-11-20', status: 'closed' });
    await track(9, { owner: me, targetDate: '2026-12-01', status: 'superseded' });
    await elsewhere();

    expect((await queues('editor')).myFindings).toEqual({
      dueWithin45: 3,
      dueWithin14: 2,
      dueToday: 1,
      overdue: 1,
    });
    const refs = async (query: (typeof MY_FINDINGS_QUEUES)[keyof typeof MY_FINDINGS_QUEUES]) =>
      (await w.as('editor').findings.list(query)).items.map((f) => f.ref).sort();
    expect(await refs(MY_FINDINGS_QUEUES.dueWithin45)).toEqual(['T1', 'T2', 'T3']);
    expect(await refs(MY_FINDINGS_QUEUES.dueWithin14)).toEqual(['T1', 'T2']);
    expect(await refs(MY_FINDINGS_QUEUES.dueToday)).toEqual(['T1']);
    const overdue = await w.as('editor').findings.list(MY_FINDINGS_QUEUES.overdue);
    expect(overdue.items.map((f) => [f.ref, f.daysOverdue])).toEqual([['T4', 5]]);
    expect(overdue.total).toBe(1);

    // The approver's own: only T7, overdue.
    expect((await queues('approver')).myFindings).toEqual({
      dueWithin45: 0,
      dueWithin14: 0,
      dueToday: 0,
      overdue: 1,
    });
    // The outsider reads nothing of Staffordshire, and West Midlands' finding is not theirs.
    expect((await queues('outsider')).myFindings.overdue).toBe(0);
  });

  it('awaits the review of approvers who did not submit or change the version, four eyes', async () => {
    w = await createWorld(driver);
    await elsewhere();
    expect((await queues('approver')).awaitingMyReview).toBe(0);
    await submitRecord(w);
    for (const persona of ['approver', 'admin'] as const) {
      expect((await queues(persona)).awaitingMyReview, persona).toBe(1);
      expect(await listed(persona, 'awaiting_my_review')).toEqual([w.recordId]);
    }
    // An editor approves nothing; the outsider is of another organisation.
    for (const persona of ['viewer', 'editor', 'outsider'] as const) {
      expect((await queues(persona)).awaitingMyReview, persona).toBe(0);
      expect(await listed(persona, 'awaiting_my_review')).toEqual([]);
    }

    // Sent back, then submitted again by the approver: not theirs to review, still the admin's.
    const back = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: (await w.as('approver').records.get({ recordId: w.recordId })).rowVersion,
      to: 'draft',
      reason: 'Say more about vetting',
    });
    await w
      .as('approver')
      .workflow.transition({ recordId: w.recordId, rowVersion: back.rowVersion, to: 'in_review' });
    expect((await queues('approver')).awaitingMyReview).toBe(0);
    expect((await queues('admin')).awaitingMyReview).toBe(1);

    // Sent back again; the admin edits the draft and the editor submits: the admin changed it.
    const again = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: (await w.as('approver').records.get({ recordId: w.recordId })).rowVersion,
      to: 'draft',
      reason: 'And the summary',
    });
    const edited = await w.as('admin').records.updateDraft({
      recordId: w.recordId,
      rowVersion: again.rowVersion,
      patch: { summary: '<p>Edited by the admin</p>' },
    });
    await w.as('editor').workflow.transition({
      recordId: w.recordId,
      rowVersion: edited.rowVersion,
      to: 'in_review',
    });
    expect((await queues('admin')).awaitingMyReview).toBe(0);
    expect((await queues('approver')).awaitingMyReview).toBe(1);
  });

  it('tells the last editor or submitter that changes were requested, and nobody else', async () => {
    w = await createWorld(driver);
    const submitted = await submitRecord(w);
    expect((await queues('editor')).changesRequested).toBe(0);
    await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: submitted.rowVersion,
      to: 'draft',
      reason: 'Say more about vetting',
    });
    expect((await queues('editor')).changesRequested).toBe(1);
    expect(await listed('editor', 'changes_requested')).toEqual([w.recordId]);
    for (const persona of ['viewer', 'approver', 'admin', 'outsider'] as const) {
      expect((await queues(persona)).changesRequested, persona).toBe(0);
      expect(await listed(persona, 'changes_requested')).toEqual([]);
    }
  });

  it('counts responses whose 56-day limit is near or passed and not yet published', async () => {
    w = await createWorld(driver);
    // The report published on 7 February 2020: due by 2 April 2020.
    await w.db.update(schema.reports).set({ publishedOn: '2020-02-07' });
    w.setNow(new Date('2020-03-25T12:00:00Z'));
    expect(await queues('viewer')).toMatchObject({ statutoryNear: 1, statutoryPassed: 0 });
    expect(await listed('viewer', 'statutory_near')).toEqual([w.recordId]);
    w.setNow(new Date('2020-03-01T12:00:00Z'));
    expect(await queues('viewer')).toMatchObject({ statutoryNear: 0, statutoryPassed: 0 });
    w.setNow(new Date('2020-04-03T12:00:00Z'));
    expect(await queues('viewer')).toMatchObject({ statutoryNear: 0, statutoryPassed: 1 });
    expect(await listed('viewer', 'statutory_passed')).toEqual([w.recordId]);
    expect(await listed('viewer', 'statutory_near')).toEqual([]);
    expect(await queues('outsider')).toMatchObject({ statutoryNear: 0, statutoryPassed: 0 });
  });
});
