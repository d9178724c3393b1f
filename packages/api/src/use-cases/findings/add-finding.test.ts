import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { approveRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

const group = { pillar: 'Effectiveness', area: 'Investigating Crime', questionId: null };

describe('adding a finding', () => {
  let w: World;
  afterEach(() => w.close());

  it('numbers it past the refs still taken after a finding was removed', async () => {
    w = await createWorld();
    const ids = await w.findingIds();
    const afis = Object.keys(ids).filter((ref) => ref.startsWith('AFI')).length;
    // A removed AFI1 leaves one fewer AFI than the highest number, which is still taken.
    await w.db.delete(schema.findings).where(eq(schema.findings.id, ids.AFI1!));
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const after = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      kind: 'area_for_improvement',
      text: '<p>A new area for improvement.</p>',
      group,
    });
    const refs = after.findings.map((f) => f.ref);
    expect(refs.at(-1)).toBe(`AFI${afis + 1}`);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('numbers the first of a kind 1, and opens a new cause of concern', async () => {
    w = await createWorld();
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const after = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      kind: 'cause_of_concern',
      text: '<p>A cause of concern.</p>',
      group,
    });
    expect(after.findings.at(-1)).toMatchObject({ ref: 'C1', causeStatus: 'open' });
    const [event] = await listAudit(w.db, { entityType: 'finding', limit: 1 });
    expect(event).toMatchObject({ action: 'finding.added', after: { ref: 'C1' } });
  });

  it('returns an approved record to draft, audited as approval_reopened', async () => {
    w = await createWorld();
    const approved = await approveRecord(w);
    const after = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: approved.rowVersion,
      kind: 'area_for_improvement',
      text: '<p>Found after approval.</p>',
      group,
    });
    expect(after.status).toBe('draft');
    expect(after.lastEditorId).toBe(w.users.editor.id);
    const events = await listAudit(w.db, { entityId: w.recordId, limit: 1 });
    expect(events[0]).toMatchObject({
      action: 'record.approval_reopened',
      before: { status: 'approved' },
      after: { status: 'draft' },
    });
  });

  it('refuses while the record is in review, and adds nothing', async () => {
    w = await createWorld();
    let record = await w.as('editor').records.get({ recordId: w.recordId });
    record = await w.as('editor').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    const add = w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      kind: 'recommendation',
      text: '<p>Too late.</p>',
      group,
    });
    expect(await appErrorCode(add)).toBe('NOT_EDITABLE');
    const after = await w.as('editor').records.get({ recordId: w.recordId });
    expect(after.findings).toHaveLength(record.findings.length);
    expect(after.rowVersion).toBe(record.rowVersion);
  });
});
