import { readFileSync } from 'node:fs';
import { and, count, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

/** A Word document whose first paragraph, before the record's title, the reader cannot place. */
const DOCX = readFileSync(new URL('../../test-support/unplaced-paragraph.docx', import.meta.url));
const STRAY = 'Strip searches were reviewed by the custody board in March 2021.';
const file = { name: 'custody.docx', base64: DOCX.toString('base64') };

describe.each(testDrivers())('reviewing an import before it is saved (%s)', (driver) => {
  let w: World;
  afterEach(() => w.close());

  const recordCount = async () =>
    ((await w.db.select({ n: count() }).from(schema.responseRecords)) as [{ n: number }])[0].n;

  it('stages a Word document with an unplaced paragraph, places it as an update, and saves it with it', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const before = await recordCount();
    const staged = await editor.imports.stage({ file });
    expect(staged.items).toHaveLength(1);
    const [item] = staged.items;
    expect(item).toMatchObject({
      fileName: 'custody.docx',
      format: 'docx',
      status: 'pending',
      organisation: 'Staffordshire Police',
      reportTitle: 'Custody inspection of Staffordshire Police',
      findings: 2,
      unplaced: 1,
      ready: false,
      meeting: null,
    });
    // Nothing is saved by staging.
    expect(await recordCount()).toBe(before);

    const view = await editor.imports.get({ id: item!.id });
    expect(view.source[0]).toMatchObject({ no: 1, text: STRAY, paragraph: 1 });
    expect(view.reviewed.unplaced).toEqual([{ line: 1, field: 'header', text: STRAY }]);
    expect(view.reviewed.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'UNPLACED_TEXT', line: 1, paragraph: 1 }),
    );
    expect(
      await appErrorCode(
        editor.imports.confirm({ id: item!.id, rowVersion: view.rowVersion, action: 'create' }),
      ),
    ).toBe('IMPORT_NOT_READY');

    const decided = await editor.imports.decide({
      id: item!.id,
      rowVersion: view.rowVersion,
      decisions: [
        {
          kind: 'place_block',
          line: 1,
          as: 'update',
          findingRef: 'AFI1',
          updateDate: '2021-03-31',
          visibility: 'public',
        },
      ],
    });
    expect(decided).toMatchObject({ ready: true, unplaced: 0, rowVersion: view.rowVersion + 1 });
    expect(decided.reviewed.ok).toBe(true);
    expect(decided.importedText).toContain(STRAY);

    const saved = await editor.imports.confirm({
      id: item!.id,
      rowVersion: decided.rowVersion,
      action: 'create',
    });
    expect(saved).toMatchObject({ outcome: 'created', version: 1 });
    const record = await editor.records.get({ recordId: saved.recordId });
    const afi1 = record.findings.find((f) => f.ref === 'AFI1')!;
    expect(afi1.updates.map((u) => u.text).join(' ')).toContain(STRAY);
    expect(await recordCount()).toBe(before + 1);

    const after = await editor.imports.get({ id: item!.id });
    expect(after).toMatchObject({ status: 'imported', resultRecordId: saved.recordId });
    expect((await editor.imports.mine({})).items.map((i) => i.id)).not.toContain(item!.id);
    // The audit trail keeps what the user decided.
    const audit = await w.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.entityId, saved.recordId),
          eq(schema.auditEvents.action, 'record.import_reviewed'),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).toContain('"findingRef":"AFI1"');
    // Confirmed once; a second confirm saves nothing more.
    expect(
      await appErrorCode(
        editor.imports.confirm({ id: item!.id, rowVersion: after.rowVersion, action: 'create' }),
      ),
    ).toBe('IMPORT_NOT_PENDING');
    expect(await recordCount()).toBe(before + 1);
  });

  it('refuses a decision or confirm from a stale version, and changes nothing', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const { items } = await editor.imports.stage({ file });
    const id = items[0]!.id;
    const drop = {
      kind: 'place_block' as const,
      line: 1,
      as: 'drop' as const,
      reason: 'A note to the board, not part of the response',
    };
    const first = await editor.imports.decide({ id, rowVersion: 1, decisions: [drop] });
    // Another tab still at version 1.
    expect(await appErrorCode(editor.imports.decide({ id, rowVersion: 1, decisions: [] }))).toBe(
      'STALE_VERSION',
    );
    expect((await editor.imports.get({ id })).decisions).toEqual([drop]);
    expect(
      await appErrorCode(editor.imports.confirm({ id, rowVersion: 1, action: 'create' })),
    ).toBe('STALE_VERSION');
    expect((await editor.imports.get({ id })).status).toBe('pending');
    const saved = await editor.imports.confirm({
      id,
      rowVersion: first.rowVersion,
      action: 'create',
    });
    expect(saved.outcome).toBe('created');
  });

  it("keeps a pending import its user's own: anyone else is told it does not exist", async () => {
    w = await createWorld(driver);
    const { batchId, items } = await w.as('editor').imports.stage({ file });
    const id = items[0]!.id;
    for (const persona of ['approver', 'admin', 'outsider'] as const) {
      const other = w.as(persona);
      expect(await appErrorCode(other.imports.get({ id }))).toBe('NOT_FOUND');
      expect(await appErrorCode(other.imports.batch({ batchId }))).toBe('NOT_FOUND');
      expect(await appErrorCode(other.imports.decide({ id, rowVersion: 1, decisions: [] }))).toBe(
        'NOT_FOUND',
      );
      expect(
        await appErrorCode(other.imports.confirm({ id, rowVersion: 1, action: 'create' })),
      ).toBe('NOT_FOUND');
      expect(await appErrorCode(other.imports.discard({ id }))).toBe('NOT_FOUND');
      expect((await other.imports.mine({})).items).toEqual([]);
      // Nor can another user stage into someone else's batch.
      expect(await appErrorCode(other.imports.stage({ file, batchId }))).toBe('NOT_FOUND');
    }
    expect((await w.as('editor').imports.get({ id })).status).toBe('pending');
  });

  it('expires a week after its last change: then it reads as not found and is swept away', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const { batchId, items } = await editor.imports.stage({ file });
    const id = items[0]!.id;
    const start = new Date('2026-11-28T10:00:00Z').getTime();
    const day = 24 * 60 * 60 * 1000;
    // A change on day 5 keeps it for a week from then.
    w.setNow(new Date(start + 5 * day));
    await editor.imports.decide({ id, rowVersion: 1, decisions: [] });
    w.setNow(new Date(start + 11 * day));
    expect((await editor.imports.get({ id })).status).toBe('pending');
    w.setNow(new Date(start + 12 * day + 1000));
    expect(await appErrorCode(editor.imports.get({ id }))).toBe('NOT_FOUND');
    expect(await appErrorCode(editor.imports.batch({ batchId }))).toBe('NOT_FOUND');
    expect((await editor.imports.mine({})).items).toEqual([]);
    await editor.imports.stage({ text: 'not a record', fileName: 'note.txt' });
    const left = await w.db
      .select({ id: schema.pendingImports.id })
      .from(schema.pendingImports)
      .where(eq(schema.pendingImports.id, id));
    expect(left).toEqual([]);
  });

  it('discards an import: it leaves the queue, and cannot be confirmed after', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const { items } = await editor.imports.stage({ file });
    const id = items[0]!.id;
    expect((await editor.imports.mine({})).items.map((i) => i.id)).toEqual([id]);
    expect(await editor.imports.discard({ id })).toEqual({ discarded: true });
    expect((await editor.imports.mine({})).items).toEqual([]);
    expect((await editor.imports.get({ id })).status).toBe('discarded');
    expect(
      await appErrorCode(editor.imports.confirm({ id, rowVersion: 2, action: 'create' })),
    ).toBe('IMPORT_NOT_PENDING');
  });

  it('keeps a result for a file it cannot read, with the reason', async () => {
    w = await createWorld(driver);
    // A zip's first entry header naming word/document.xml, and then nothing: a download cut short.
    const cutShort = Buffer.from([
      ...[
        0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      ],
      ...[17, 0, 0, 0],
      ...Buffer.from('word/document.xml'),
    ]);
    const broken = { name: 'broken.docx', base64: cutShort.toString('base64') };
    const { items } = await w.as('editor').imports.stage({ file: broken });
    expect(items).toEqual([
      expect.objectContaining({ fileName: 'broken.docx', format: 'docx', ready: false, errors: 1 }),
    ]);
    const view = await w.as('editor').imports.get({ id: items[0]!.id });
    expect(view.reviewed.diagnostics[0]).toMatchObject({ code: 'UNREADABLE_DOCUMENT' });
    expect(view.source).toEqual([]);
  });
});
