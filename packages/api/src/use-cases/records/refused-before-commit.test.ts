import { schema } from '@irr/db';
import { loadRecord, updateFindingIfVersion } from '@irr/db/repositories';
import { testDrivers } from '@irr/db/testing';
import { AppError, MAX_FINDINGS } from '@irr/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test-support/world.js';
import { storedStaffRecord } from './staff-record.js';

// Regression (issue 13, defect 1): these writes passed their input schema, committed, and then
// failed the procedure's output schema: a 500 after the commit, and every later read of the record
// failed too. Each is now refused with its field before the transaction ends.

/** 199,000 `<`: within the 200,000 a field takes as sent, four times that once escaped as `&lt;`. */
const GROWS = 'x' + '<'.repeat(199_000);

describe.each(testDrivers())('writes refused before their commit, on %s', (driver) => {
  let w: World;
  afterEach(() => w.close());

  /** The refusal, the record unchanged and still readable, and still writable. */
  async function expectRefusedAndIntact(call: () => Promise<unknown>, cause: object) {
    const editor = w.as('editor');
    const before = await editor.records.get({ recordId: w.recordId });
    await expect(call()).rejects.toMatchObject({ code: 'BAD_REQUEST', cause });
    const after = await editor.records.get({ recordId: w.recordId });
    expect(after.rowVersion).toBe(before.rowVersion);
    expect(after.record).toEqual(before.record);
    expect(after.findings).toEqual(before.findings);
    const saved = await editor.records.updateDraft({
      recordId: w.recordId,
      rowVersion: after.rowVersion,
      patch: { summary: '<p>Still editable.</p>' },
    });
    expect(saved.record.summary).toBe('<p>Still editable.</p>');
  }

  it('refuses rich text that grows past its limit when cleaned, in every rich-text write', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const tooLong = (field: string) => ({ code: 'TEXT_TOO_LONG', field });
    await expectRefusedAndIntact(
      () =>
        editor.records.updateDraft({
          recordId: w.recordId,
          rowVersion: record.rowVersion,
          patch: { summary: GROWS },
        }),
      tooLong('patch.summary'),
    );
    await expectRefusedAndIntact(
      () =>
        editor.findings.updateContent({
          findingId: afi.id,
          rowVersion: afi.rowVersion,
          patch: { text: GROWS },
        }),
      tooLong('text'),
    );
    await expectRefusedAndIntact(
      () =>
        editor.findings.addUpdate({
          findingId: afi.id,
          update: { date: '2026-11-20', author: 'force', visibility: 'internal', text: GROWS },
        }),
      tooLong('text'),
    );
    expect(afi.status).toBe('in_progress');
    await expectRefusedAndIntact(
      () =>
        editor.findings.transition({
          findingId: afi.id,
          rowVersion: afi.rowVersion,
          to: 'completed',
          finalUpdate: GROWS,
        }),
      tooLong('finalUpdate'),
    );
  });

  it('refuses rich text with words or markup that cleans to nothing, naming the field', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    let record = await editor.records.get({ recordId: w.recordId });
    for (const field of ['summary', 'commissionerComments', 'chiefOfficerComments'] as const) {
      await expectRefusedAndIntact(
        () =>
          editor.records.updateDraft({
            recordId: w.recordId,
            rowVersion: record.rowVersion,
            patch: { [field]: '<img src=x onerror=alert(1)>' },
          }),
        { code: 'EMPTY_TEXT', field: `patch.${field}` },
      );
      record = await editor.records.get({ recordId: w.recordId });
    }
    record = await editor.findings.add({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      kind: 'recommendation',
      text: '<p>The force should act.</p>',
      group: { pillar: null, area: null, questionId: null },
    });
    const rec = record.findings.find((f) => f.ref.startsWith('R'))!;
    await expectRefusedAndIntact(
      () =>
        editor.findings.updateContent({
          findingId: rec.id,
          rowVersion: rec.rowVersion,
          patch: { acceptance: { position: 'accepted', explanation: '<script>x()</script>' } },
        }),
      { code: 'EMPTY_TEXT', field: 'acceptance.explanation' },
    );
    // Clearing a field on purpose (an empty editor) is still a save.
    const cleared = await editor.records.updateDraft({
      recordId: w.recordId,
      rowVersion: (await editor.records.get({ recordId: w.recordId })).rowVersion,
      patch: { commissionerComments: '<p><br></p>' },
    });
    expect(cleared.record.commissionerComments).toBe('<p><br></p>');
  });

  it('refuses a finding past the most a record holds', async () => {
    w = await createWorld(driver);
    const held = (await w.as('editor').records.get({ recordId: w.recordId })).findings.length;
    // Filled straight into the table: the import would take minutes to write this many.
    await w.db.insert(schema.findings).values(
      Array.from({ length: MAX_FINDINGS - held }, (_, i) => ({
        recordId: w.recordId,
        ref: `AFI${1000 + i}`,
        position: held + i,
        kind: 'area_for_improvement' as const,
        text: `<p>Filler ${i}</p>`,
        status: 'not_started' as const,
      })),
    );
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    expect(record.findings).toHaveLength(MAX_FINDINGS);
    await expectRefusedAndIntact(
      () =>
        w.as('editor').findings.add({
          recordId: w.recordId,
          rowVersion: record.rowVersion,
          kind: 'area_for_improvement',
          text: '<p>One too many.</p>',
          group: { pillar: null, area: null, questionId: null },
        }),
      { code: 'TOO_MANY_FINDINGS' },
    );
  });

  it('refuses, inside the transaction, a write that would leave the record unreadable', async () => {
    w = await createWorld(driver);
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const afi = before.findings.find((f) => f.ref === 'AFI1')!;
    // A repository write no use case would make today: the check is the net under every one.
    const write = w.db.transaction(async (tx) => {
      await updateFindingIfVersion(tx, afi.id, afi.rowVersion, { text: '' });
      return storedStaffRecord(tx, w.recordId);
    });
    await expect(write).rejects.toThrow(AppError);
    await expect(write).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'record.findings.0.text',
    });
    const stored = await loadRecord(w.db, w.recordId);
    expect(stored!.findings.find((f) => f.row.ref === 'AFI1')!.row.text).toBe(
      before.record.findings.find((f) => f.ref === 'AFI1')!.text,
    );
  });
});
