import { count, eq } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import { schema } from '@irr/db';
import { AppError, MAX_IMPORT_FILE_BYTES } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DATE_UNKNOWN, SEED_TEXT, createWorld, type World } from './test-support/world.js';

function variant(title: string): string {
  return SEED_TEXT.replace(
    'Title of inspection\tPolice effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    `Title of inspection\t${title}`,
  );
}

/** A saved web page holding one record, as an office might publish it; each line its own paragraph. */
function webPage(title: string): string {
  const paragraphs = [
    'Force: Staffordshire',
    'Police and Crime Commissioner: Matthew Ellis',
    'Chief Constable: Acting Chief Constable Nick Baker',
    `Title of inspection: ${title}`,
    'Grade: Good',
    'Recommendations: None',
    'Areas for improvement',
    'EFFECTIVENESS Investigating Crime',
  ].map((p) => `<p>${p}</p>`);
  return `<!DOCTYPE html><html><body><h1>PCC and CC Force Inspection response record</h1>
${paragraphs.join('\n')}
<ul><li>The force should record the reason for every strip search.</li></ul>
<p>Force Update:</p><p>Custody sergeants now record it on the custody record.</p>
<h2>Commissioner's response</h2><p>I welcome this report.</p>
<h2>Chief Constable's response</h2><p>We accept its findings.</p></body></html>`;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

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
      dateUnknownReason: SEED_DATE_UNKNOWN,
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

  it('reads a file sent as bytes on the server: a web page lands with its findings, its diagnostics name the paragraph', async () => {
    const title = 'Custody suites in Staffordshire: an unannounced inspection';
    const result = await w.as('editor').import.records({
      file: { name: 'response.html', base64: base64(webPage(title)) },
    });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ outcome: 'created', reportTitle: title, findings: 1 });
    // A diagnostic about a document names its paragraph: the Grade is the page's sixth.
    const broken = await w.as('editor').import.records({
      file: { name: 'response.html', base64: base64(webPage(title).replace('Good', 'Splendid')) },
      dryRun: true,
    });
    expect(broken.items[0]!.outcome).toBe('invalid');
    expect(broken.items[0]!.diagnostics.find((d) => d.code === 'UNKNOWN_GRADE')).toMatchObject({
      severity: 'error',
      paragraph: 6,
    });
    const record = await w.as('editor').records.get({ recordId: result.items[0]!.recordId! });
    expect(record.findings).toHaveLength(1);
    expect(JSON.stringify(record.findings[0])).toContain('Custody sergeants now record it');
  });

  it('still refuses a file for an organisation the user cannot edit', async () => {
    const page = webPage('Custody suites in Staffordshire: a second visit');
    const result = await w.as('outsider').import.records({
      file: { name: 'response.html', base64: base64(page) },
    });
    expect(result.items[0]).toMatchObject({ outcome: 'refused' });
  });

  it('refuses a file larger than the API reads with PAYLOAD_TOO_LARGE, saying the limit', async () => {
    const tooBig = Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1, 0x20).toString('base64');
    const refusal = await w
      .as('editor')
      .import.records({ file: { name: 'scan.pdf', base64: tooBig }, dryRun: true })
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TRPCError);
    expect((refusal as TRPCError).code).toBe('PAYLOAD_TOO_LARGE');
    expect((refusal as TRPCError).cause).toBeInstanceOf(AppError);
    expect(((refusal as TRPCError).cause as AppError).code).toBe('PAYLOAD_TOO_LARGE');
    expect((refusal as TRPCError).message).toMatch(/up to 18 MB/);
  });
});
