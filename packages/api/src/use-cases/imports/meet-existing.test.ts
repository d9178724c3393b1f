import { and, count, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { publishRecord, submitRecord } from '../../test-support/record-states.js';
import { SEED_TEXT, createWorld, type World } from '../../test-support/world.js';

const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';
const OLD_WORDING = 'The force needs to improve its oversight';
const NEW_WORDING = 'The force must improve its oversight';

/** The seed record again, its title typed with other punctuation and one finding reworded. */
const seedAgain = SEED_TEXT.replace(
  SEED_TITLE,
  'Police effectiveness, efficiency and legitimacy 2018/19: an inspection of Staffordshire Police',
).replace(OLD_WORDING, NEW_WORDING);

describe.each(testDrivers())('an import that meets a record already held (%s)', (driver) => {
  let w: World;
  afterEach(() => w.close());

  const counts = async () => ({
    reports: ((await w.db.select({ n: count() }).from(schema.reports)) as [{ n: number }])[0].n,
    records: (
      (await w.db.select({ n: count() }).from(schema.responseRecords)) as [{ n: number }]
    )[0].n,
  });

  async function stageSeedAgain() {
    const editor = w.as('editor');
    const { items } = await editor.imports.stage({ text: seedAgain, fileName: 'seed.txt' });
    return editor.imports.get({ id: items[0]!.id });
  }

  it('meets the held draft: offers open or replace; replacing keeps the findings held and drops a draft-only one', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const ids = await w.findingIds();
    // A finding the office added to its draft by hand, which the document does not have.
    const held = await editor.records.get({ recordId: w.recordId });
    await editor.findings.add({
      recordId: w.recordId,
      rowVersion: held.rowVersion,
      kind: 'area_for_improvement',
      text: '<p>The force should publish its custody data.</p>',
      group: { pillar: null, area: null, questionId: null },
    });
    const before = await counts();

    const view = await stageSeedAgain();
    expect(view.ready).toBe(true);
    expect(view.meeting).toMatchObject({
      match: 'same',
      report: { title: SEED_TITLE },
      record: { id: w.recordId, status: 'draft', draftVersion: 1, latestPublishedVersion: null },
      choices: ['open', 'replace_draft'],
    });
    expect(view.existingText).toContain(OLD_WORDING);
    expect(view.importedText).toContain(NEW_WORDING);
    const confirm = (action: 'create' | 'replace_draft' | 'next_version') =>
      editor.imports.confirm({
        id: view.id,
        rowVersion: view.rowVersion,
        action,
        existingRowVersion: view.meeting!.record!.rowVersion,
      });
    expect(await appErrorCode(confirm('create'))).toBe('IMPORT_CHOICE_NOT_OFFERED');
    expect(await appErrorCode(confirm('next_version'))).toBe('IMPORT_CHOICE_NOT_OFFERED');
    expect(await counts()).toEqual(before);

    expect(await confirm('replace_draft')).toEqual({
      outcome: 'replaced_draft',
      recordId: w.recordId,
      version: 1,
    });
    const after = await editor.records.get({ recordId: w.recordId });
    expect(after.findings.map((f) => f.ref).sort()).toEqual(Object.keys(ids).sort());
    const afi1 = after.findings.find((f) => f.ref === 'AFI1')!;
    expect(afi1.id).toBe(ids.AFI1);
    expect(after.record.findings.find((f) => f.ref === 'AFI1')!.text).toContain(NEW_WORDING);
    expect(afi1.updates).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, records: before.records });
    const audit = await w.db
      .select({ after: schema.auditEvents.after })
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.entityId, w.recordId),
          eq(schema.auditEvents.action, 'record.import_replaced_draft'),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toHaveProperty('decisions');
  });

  it('refuses to replace a draft someone changed since the review, and keeps their change', async () => {
    w = await createWorld(driver);
    const view = await stageSeedAgain();
    const held = await w.as('approver').records.get({ recordId: w.recordId });
    await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: held.rowVersion,
      patch: { summary: '<p>Edited while the import waited.</p>' },
    });
    const code = await appErrorCode(
      w.as('editor').imports.confirm({
        id: view.id,
        rowVersion: view.rowVersion,
        action: 'replace_draft',
        existingRowVersion: view.meeting!.record!.rowVersion,
      }),
    );
    expect(code).toBe('STALE_VERSION');
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    expect(record.record.summary).toBe('<p>Edited while the import waited.</p>');
    expect(record.record.findings.find((f) => f.ref === 'AFI1')!.text).toContain(OLD_WORDING);
    expect((await w.as('editor').imports.get({ id: view.id })).status).toBe('pending');
  });

  it('only opens a record in review: replacing it would bypass the review', async () => {
    w = await createWorld(driver);
    await submitRecord(w);
    const view = await stageSeedAgain();
    expect(view.meeting).toMatchObject({ record: { status: 'in_review' }, choices: ['open'] });
    expect(
      await appErrorCode(
        w.as('editor').imports.confirm({
          id: view.id,
          rowVersion: view.rowVersion,
          action: 'replace_draft',
        }),
      ),
    ).toBe('IMPORT_CHOICE_NOT_OFFERED');
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    expect(record.status).toBe('in_review');
  });

  it('imports as the next version of a published record; then its newer draft may be replaced', async () => {
    w = await createWorld(driver);
    await publishRecord(w);
    const before = await counts();
    const view = await stageSeedAgain();
    expect(view.meeting).toMatchObject({
      record: { status: 'published', latestPublishedVersion: 1 },
      choices: ['open', 'next_version'],
    });
    const editor = w.as('editor');
    const confirm = (action: 'create' | 'replace_draft' | 'next_version', v = view) =>
      editor.imports.confirm({
        id: v.id,
        rowVersion: v.rowVersion,
        action,
        existingRowVersion: v.meeting!.record!.rowVersion,
      });
    expect(await appErrorCode(confirm('replace_draft'))).toBe('IMPORT_CHOICE_NOT_OFFERED');
    expect(await confirm('next_version')).toEqual({
      outcome: 'new_version',
      recordId: w.recordId,
      version: 2,
    });
    const record = await editor.records.get({ recordId: w.recordId });
    expect(record).toMatchObject({ status: 'draft', draftVersion: 2, latestPublishedVersion: 1 });
    expect(record.record.findings.find((f) => f.ref === 'AFI1')!.text).toContain(NEW_WORDING);
    expect(await counts()).toEqual(before);

    // Published, with a newer draft in progress: that draft may be replaced.
    const next = await stageSeedAgain();
    expect(next.meeting).toMatchObject({
      record: { status: 'draft', draftVersion: 2, latestPublishedVersion: 1 },
      choices: ['open', 'replace_draft'],
    });
    expect(await confirm('replace_draft', next)).toMatchObject({
      outcome: 'replaced_draft',
      version: 2,
    });
  });
});
