import { count, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TEXT, createWorld, type World } from './test-support/world.js';

function variant(title: string): string {
  return SEED_TEXT.replace(
    'Title of inspection\tPolice effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    `Title of inspection\t${title}`,
  );
}

describe('importing records through the API', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
  });
  afterAll(() => w.close());

  it('imports the good records of a file, reports the broken one with its lines, and leaves no part of it', async () => {
    const good1 = variant('Vetting, misconduct and misogyny in the police service: Staffordshire');
    const broken = variant('Custody inspection: Staffordshire').replace(
      'Grade\tGood',
      'Grade\tSplendid',
    );
    const good2 = variant('Crime data integrity inspection: Staffordshire');
    const text = [good1, broken, good2].join('\n');
    const [{ n: recordsBefore }] = (await w.db
      .select({ n: count() })
      .from(schema.responseRecords)) as [{ n: number }];
    const result = await w.as('editor').import.records({ text });
    expect(result.items.map((i) => i.outcome)).toEqual(['created', 'invalid', 'created']);
    const bad = result.items[1]!;
    const gradeLine =
      good1.split('\n').length + broken.split('\n').findIndex((l) => l.startsWith('Grade')) + 1;
    expect(bad.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'UNKNOWN_GRADE', line: gradeLine }),
    );
    // A record starts at its title line; the blank lines before it belong to no record.
    expect(bad.startLine).toBe(
      good1.split('\n').length +
        broken.split('\n').findIndex((l) => l.startsWith('PCC and CC')) +
        1,
    );
    const [{ n: recordsAfter }] = (await w.db
      .select({ n: count() })
      .from(schema.responseRecords)) as [{ n: number }];
    expect(recordsAfter).toBe(recordsBefore + 2);
    const custody = await w.db
      .select()
      .from(schema.reports)
      .where(eq(schema.reports.title, 'Custody inspection: Staffordshire'));
    expect(custody).toEqual([]);
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const text = variant('Joint inspection of child protection: Staffordshire');
    const [{ n: before }] = (await w.db.select({ n: count() }).from(schema.auditEvents)) as [
      { n: number },
    ];
    const result = await w.as('editor').import.records({ text, dryRun: true });
    expect(result.items.map((i) => i.outcome)).toEqual(['would_create']);
    const [{ n: after }] = (await w.db.select({ n: count() }).from(schema.auditEvents)) as [
      { n: number },
    ];
    expect(after).toBe(before);
  });

  it('refuses to overwrite a draft in progress, and makes a published record a new draft version', async () => {
    const editor = w.as('editor');
    const again = await editor.import.records({ text: SEED_TEXT });
    expect(again.items[0]).toMatchObject({ outcome: 'refused', recordId: w.recordId });
    expect(again.items[0]!.message).toMatch(/draft/);

    let record = await editor.records.get({ recordId: w.recordId });
    record = await editor.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    const approver = w.as('approver');
    record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
    });
    await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'published',
    });

    const third = await editor.import.records({
      text: SEED_TEXT.replace('Version:', 'Version: 2'),
    });
    expect(third.items[0]).toMatchObject({ outcome: 'new_version', recordId: w.recordId });
    const after = await editor.records.get({ recordId: w.recordId });
    expect(after).toMatchObject({ status: 'draft', draftVersion: 2, latestPublishedVersion: 1 });
    expect(after.findings).toHaveLength(6);
  });

  it('refuses records for an organisation the user cannot edit', async () => {
    const result = await w.as('outsider').import.records({ text: SEED_TEXT });
    expect(result.items[0]).toMatchObject({ outcome: 'refused' });
    expect(result.items[0]!.message).toMatch(/not an editor/);
  });
});
