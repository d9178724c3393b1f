import { testDrivers } from '@irr/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from './test-support/app-error-code.js';
import { approveRecord, publishRecord, submitRecord } from './test-support/record-states.js';
import { SEED_DATE_UNKNOWN, SEED_TEXT, createWorld, type World } from './test-support/world.js';

// Issue 13, defect 5: four eyes means nobody approves a version they changed anything in, not
// "whoever made the last edit"; and what changes during review reaches the approver.
describe.each(testDrivers())('four eyes on approval (%s)', (driver) => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld(driver);
  });
  afterEach(() => w.close());

  const get = () => w.as('editor').records.get({ recordId: w.recordId });
  const approve = async (persona: 'approver' | 'admin') =>
    w.as(persona).workflow.transition({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });

  it("refuses an approver who rewrote the summary, even after someone else's no-op reorder", async () => {
    let record = await w.as('approver').records.updateDraft({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      patch: { summary: '<p>The approver rewrote this summary.</p>' },
    });
    // The editor is now the last editor, without changing anything.
    record = await w.as('editor').findings.reorder({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      order: record.findings.map((f) => f.id),
    });
    expect(record.lastEditorId).toBe(w.users.editor.id);
    await submitRecord(w);

    expect(await appErrorCode(approve('approver'))).toBe('SELF_APPROVAL');
    expect((await get()).status).toBe('in_review');
    // Someone who changed nothing in the version may approve it.
    expect((await approve('admin')).status).toBe('approved');
  });

  it('refuses an approver who changed a finding of the version', async () => {
    const record = await get();
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    await w.as('approver').findings.setOwner({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      ownerUserId: null,
      team: 'Supt Example',
    });
    await submitRecord(w);
    expect(await appErrorCode(approve('approver'))).toBe('SELF_APPROVAL');
  });

  it("refuses an approver who set the report's publication date during review, and lists the change", async () => {
    await submitRecord(w);
    const { report, reportDetails } = await get();
    await w.as('approver').reports.updateDetails({
      reportId: report.id,
      rowVersion: reportDetails!.rowVersion,
      patch: { publishedOn: '2020-02-07' },
    });
    expect(await appErrorCode(approve('approver'))).toBe('SELF_APPROVAL');
    const changes = await w.as('admin').workflow.changesSinceSubmission({ recordId: w.recordId });
    expect(JSON.stringify(changes)).toContain('report.details_changed');
    expect((await approve('admin')).status).toBe('approved');
  });

  it('lets an approver who requested changes approve the resubmitted version', async () => {
    let record = await submitRecord(w);
    record = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'draft',
      reason: 'Name the chief constable in full',
    });
    await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      patch: { summary: '<p>Edited as asked.</p>' },
    });
    await submitRecord(w);
    expect((await approve('approver')).status).toBe('approved');
  });

  it("counts only the current version: an approver's edits to an earlier one do not bar them", async () => {
    await w.as('approver').records.updateDraft({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      patch: { summary: '<p>Version 1 by the approver.</p>' },
    });
    await submitRecord(w);
    let record = await approve('admin');
    record = await w.as('admin').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'published',
    });
    record = await w.as('editor').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'draft',
    });
    await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      patch: { summary: '<p>Version 2 by the editor.</p>' },
    });
    await submitRecord(w);
    expect((await approve('approver')).status).toBe('approved');
  });

  it('refuses an approver who added a public update during review, and lists it for the approver', async () => {
    await submitRecord(w);
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    await w.as('approver').findings.addUpdate({
      findingId: afi.id,
      update: {
        date: '2026-11-28',
        author: 'opcc',
        visibility: 'public',
        text: '<p>Added while in review.</p>',
      },
    });
    expect(await appErrorCode(approve('approver'))).toBe('SELF_APPROVAL');
    const changes = await w.as('admin').workflow.changesSinceSubmission({ recordId: w.recordId });
    expect(changes).toMatchObject([
      { action: 'finding.update_added', by: 'approver', findingRef: 'AFI1' },
    ]);
  });

  it('returns an approved record to review when a public update is added, and lists it', async () => {
    await approveRecord(w);
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    const record = await w.as('editor').findings.addUpdate({
      findingId: afi.id,
      update: {
        date: '2026-11-28',
        author: 'force',
        visibility: 'public',
        text: '<p>Added after approval.</p>',
      },
    });
    expect(record.status).toBe('in_review');
    const changes = await w.as('approver').workflow.changesSinceSubmission({
      recordId: w.recordId,
    });
    expect(changes.map((c) => [c.action, c.by, c.findingRef])).toEqual([
      ['finding.update_added', 'editor', 'AFI1'],
    ]);
    // The approver looks at it and approves again: they changed nothing.
    expect((await approve('approver')).status).toBe('approved');
  });

  it("returns an approved record to review when a finding's status changes", async () => {
    await approveRecord(w);
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    const record = await w.as('editor').findings.transition({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: 'completed',
      finalUpdate: '<p>Done.</p>',
    });
    expect(record.status).toBe('in_review');
    const changes = await w.as('approver').workflow.changesSinceSubmission({
      recordId: w.recordId,
    });
    expect(changes.map((c) => c.action)).toContain('finding.completed');
  });

  it('leaves an approved record approved when only an internal update is added', async () => {
    await approveRecord(w);
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    const record = await w.as('editor').findings.addUpdate({
      findingId: afi.id,
      update: {
        date: '2026-11-28',
        author: 'force',
        visibility: 'internal',
        text: '<p>Owner on leave.</p>',
      },
    });
    expect(record.status).toBe('approved');
  });

  it('refuses an approver who imported the record', async () => {
    const text = SEED_TEXT.replace(
      /^Title of inspection\t.*$/m,
      'Title of inspection\tVetting inspection: Staffordshire',
    );
    const { items } = await w.as('approver').import.records({ text });
    const recordId = items[0]!.recordId!;
    let record = await w.as('editor').workflow.transition({
      recordId,
      rowVersion: (await w.as('editor').records.get({ recordId })).rowVersion,
      to: 'in_review',
    });
    expect(
      await appErrorCode(
        w.as('approver').workflow.transition({
          recordId,
          rowVersion: record.rowVersion,
          to: 'approved',
          dateUnknownReason: SEED_DATE_UNKNOWN,
        }),
      ),
    ).toBe('SELF_APPROVAL');
    record = await w.as('admin').workflow.transition({
      recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });
    expect(record.status).toBe('approved');
  });

  it('refuses as stale an approval given on the version seen before a public update in review', async () => {
    const seen = await submitRecord(w);
    const afi = seen.findings.find((f) => f.ref === 'AFI1')!;
    await w.as('editor').findings.addUpdate({
      findingId: afi.id,
      update: {
        date: '2026-11-28',
        author: 'force',
        visibility: 'public',
        text: '<p>Added while the approver was reading.</p>',
      },
    });
    expect(
      await appErrorCode(
        w.as('approver').workflow.transition({
          recordId: w.recordId,
          rowVersion: seen.rowVersion,
          to: 'approved',
          dateUnknownReason: SEED_DATE_UNKNOWN,
        }),
      ),
    ).toBe('STALE_VERSION');
    expect((await get()).status).toBe('in_review');
  });

  it('lists no changes for a record that is not awaiting approval', async () => {
    await publishRecord(w);
    expect(await w.as('viewer').workflow.changesSinceSubmission({ recordId: w.recordId })).toEqual(
      [],
    );
  });
});
