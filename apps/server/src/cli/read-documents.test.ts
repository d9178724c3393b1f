// Brings in the typing of the test database template that createTestDatabase reads.
import type {} from '@irr/db/testing/global-setup';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import type { RecordInFile } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRecord } from './describe-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

/** A saved web page holding one record, each header field its own paragraph, as offices publish them. */
function webPage(title: string, grade = 'Good'): string {
  const paragraphs = [
    'Force: Staffordshire',
    'Police and Crime Commissioner: Matthew Ellis',
    'Chief Constable: Acting Chief Constable Nick Baker',
    `Title of inspection: ${title}`,
    `Grade: ${grade}`,
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

async function run(
  argv: string[],
  files: Record<string, string | Uint8Array>,
  database?: Database,
) {
  const io = memoryIo({ files });
  const code = await main(argv, io.io, database ? { database } : {});
  return { code, ...io };
}

describe('irr parse reads Word documents, PDFs and web pages, chosen by content', () => {
  it('reads a web page saved with any name, and names the paragraph a diagnostic is about', async () => {
    const page = webPage('Custody suites in Staffordshire', 'Splendid');
    const result = await run(['parse', 'response.txt'], { 'response.txt': page });
    expect(result.code).toBe(1);
    expect(result.out()).toMatch(/^response\.txt: a web page, 1 record$/m);
    // The Grade is the page's sixth paragraph (the heading is the first).
    expect(result.err()).toMatch(
      /^response\.txt:\d+ \(paragraph 6\): error \[UNKNOWN_GRADE\] grades: /m,
    );
  });

  it('--json gives the format and each record with its diagnostics and draft', async () => {
    const page = webPage('Custody suites in Staffordshire');
    const result = await run(['parse', 'page.html', '--json'], { 'page.html': page });
    expect(result.code).toBe(0);
    const reading = JSON.parse(result.out()) as { format: string; records: RecordInFile[] };
    expect(reading.format).toBe('html');
    expect(reading.records).toHaveLength(1);
    const [read] = reading.records;
    expect(read!.ok).toBe(true);
    expect(read!.record!.report.title).toBe('Custody suites in Staffordshire');
    expect(read!.record!.findings.map((f) => f.kind)).toEqual(['area_for_improvement']);
    expect(Array.isArray(read!.diagnostics)).toBe(true);
  });

  it('refuses a damaged Word document with the reason, at its first line', async () => {
    // A zip's first entry header naming word/document.xml, and then nothing: a download cut short.
    const cutShort = Uint8Array.from([
      ...[0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...Array<number>(16).fill(0)],
      ...[17, 0, 0, 0],
      ...new TextEncoder().encode('word/document.xml'),
    ]);
    const result = await run(['parse', 'response.docx'], { 'response.docx': cutShort });
    expect(result.code).toBe(1);
    expect(result.err()).toMatch(
      /^response\.docx:1: error \[UNREADABLE_DOCUMENT\] file: this Word document cannot be read/m,
    );
    expect(result.out()).toContain('(no record: see the errors above)');
  });

  it("prints the share of the source's characters placed in the draft, when the codec measures it", () => {
    const read = {
      ok: false,
      record: null,
      diagnostics: [],
      findingLines: {},
      startLine: 1,
      endLine: 40,
      coverage: { contentChars: 2000, placedChars: 1999 },
      unplaced: [],
    } as RecordInFile;
    // Rounded down: 99.95% is not "100%", which would say nothing was left out.
    expect(describeRecord(read)).toContain('coverage: 1999 of 2000 characters placed (99.9%)');
  });
});

describe.each(testDrivers())('irr import reads documents (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await database.db
      .insert(schema.users)
      .values({ email: 'ida@example.org', displayName: 'Ida', passwordHash: 'scrypt$unused' });
  });
  afterAll(() => database.close());

  it("imports a web page's record with its findings, and a broken one's errors name the paragraph", async () => {
    const title = 'Custody suites in Staffordshire: an unannounced inspection';
    const result = await run(
      ['import', 'good.html', 'broken.html', '--as', 'ida@example.org'],
      {
        'good.html': webPage(title),
        'broken.html': webPage('A broken page', 'Splendid'),
      },
      database,
    );
    expect(result.code).toBe(1);
    expect(result.out()).toMatch(/^good\.html lines 1-\d+: created a draft response record/m);
    expect(result.err()).toMatch(/^broken\.html:\d+ \(paragraph 6\): error \[UNKNOWN_GRADE\]/m);
    const [report] = await database.db
      .select({ id: schema.reports.id })
      .from(schema.reports)
      .where(eq(schema.reports.title, title));
    expect(report).toBeDefined();
  });
});
