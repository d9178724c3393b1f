import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { approveRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';
import type { UpdateFindingContentInput } from './inputs.js';

describe("editing a finding's content", () => {
  let w: World;
  afterEach(() => w.close());

  it('refuses a save from a stale version of the finding with STALE_VERSION, and writes nothing', async () => {
    w = await createWorld();
    const editor = w.as('editor');
    const record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const saved = await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: '<p>First save.</p>' },
    });
    const audited = await listAudit(w.db, { entityId: afi.id, limit: 10 });
    const stale = editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: '<p>Second save, from the old version.</p>' },
    });
    expect(await appErrorCode(stale)).toBe('STALE_VERSION');
    const after = await editor.records.get({ recordId: w.recordId });
    expect(after.record.findings.find((f) => f.ref === 'AFI1')!.text).toBe('<p>First save.</p>');
    expect(after.rowVersion).toBe(saved.rowVersion);
    expect(after.updatedAt).toEqual(saved.updatedAt);
    expect(await listAudit(w.db, { entityId: afi.id, limit: 10 })).toEqual(audited);
  });

  it('leaves the record version alone on a draft, so a colleague editing the record is not made stale', async () => {
    w = await createWorld();
    const editor = w.as('editor');
    const record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI2')!;
    const saved = await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { deadlinePhrase: 'by March 2027' },
    });
    expect(saved.rowVersion).toBe(record.rowVersion);
    expect(saved.status).toBe('draft');
    expect(saved.findings.find((f) => f.id === afi.id)!.rowVersion).toBe(afi.rowVersion + 1);
  });

  it('returns an approved record to draft and audits record.approval_reopened', async () => {
    w = await createWorld();
    const approved = await approveRecord(w);
    const afi = approved.findings.find((f) => f.ref === 'AFI1')!;
    const after = await w.as('editor').findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: '<p>Changed after approval.</p>' },
    });
    expect(after.status).toBe('draft');
    expect(after.lastEditorId).toBe(w.users.editor.id);
    const [event] = await listAudit(w.db, { entityId: w.recordId, limit: 1 });
    expect(event).toMatchObject({
      action: 'record.approval_reopened',
      actorId: w.users.editor.id,
      before: { status: 'approved' },
      after: { status: 'draft' },
    });
    const [content] = await listAudit(w.db, { entityId: afi.id, limit: 1 });
    expect(content).toMatchObject({ action: 'finding.content_updated' });
  });

  it('refuses text that shows nothing once sanitised, and an acceptance on an area for improvement', async () => {
    w = await createWorld();
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const edit = (patch: UpdateFindingContentInput['patch']) =>
      appErrorCode(
        w
          .as('editor')
          .findings.updateContent({ findingId: afi.id, rowVersion: afi.rowVersion, patch }),
      );
    expect(await edit({ text: '<p> <script>alert(1)</script></p>' })).toBe('EMPTY_TEXT');
    expect(await edit({ acceptance: { position: 'accepted', explanation: '<p>Yes.</p>' } })).toBe(
      'ACCEPTANCE_NOT_RECOMMENDATION',
    );
  });

  // Regression (issue 13, defect 1): a sub-item that sanitised to nothing was stored, answered 500
  // after the commit, and broke every later read of the record.
  it('refuses a sub-item whose text cleans to nothing, naming it, and leaves the record readable', async () => {
    w = await createWorld();
    const editor = w.as('editor');
    const record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const refused = editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: {
        subItems: [
          { text: '<p>A real step.</p>', children: [{ text: '<img src=x>', children: [] }] },
        ],
      },
    });
    await expect(refused).rejects.toMatchObject({
      cause: { code: 'EMPTY_TEXT', field: 'subItems.0.children.0.text' },
    });
    const after = await editor.records.get({ recordId: w.recordId });
    expect(after.findings.find((f) => f.ref === 'AFI1')!.rowVersion).toBe(afi.rowVersion);
    expect(after.record.findings.find((f) => f.ref === 'AFI1')!.subItems).toEqual(
      record.record.findings.find((f) => f.ref === 'AFI1')!.subItems,
    );
  });
});
