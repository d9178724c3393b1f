import { readFileSync } from 'node:fs';
import { parseRecords } from '@irr/domain';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { readPdf } from './read-pdf.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test-support/pdf/${name}`, import.meta.url)));
const text = (name: string) => new TextDecoder().decode(fixture(name));

/** LibreOffice PDFs with a running header, "Page N of M" footers, a header table and a findings table across a page. */
const MADE_WITH = [
  ['LibreOffice bullets (•, ◦)', 'response-libreoffice-bullets.pdf'],
  ["Word's bullets (Symbol U+F0B7, Courier o)", 'response-word-bullets.pdf'],
] as const;

describe('readPdf', () => {
  it.each(MADE_WITH)(
    'reads a PDF with %s as the same draft as its record text',
    async (_, file) => {
      const { records } = await readDocument(fixture(file), file);
      const [expected] = parseRecords(text('response.txt'));
      expect(records).toHaveLength(1);
      expect(records[0]!.ok).toBe(true);
      expect(records[0]!.record).toEqual(expected!.record);
      // Three findings from the lists, then one per row of the findings table (the findings reader reads tables).
      expect(records[0]!.record!.findings.map((f) => f.subItems.length)).toEqual([
        0, 2, 0, 0, 0, 0, 0,
      ]);
    },
  );

  it('reads the seed record typed as plain text and printed (tab stops, typed bullets wrapping to the margin, paragraphs across pages) as the same draft', async () => {
    const { records } = await readDocument(fixture('seed-as-text.pdf'), 'seed.pdf');
    const [expected] = parseRecords(text('seed-as-text.txt'));
    expect(expected!.record!.findings).toHaveLength(6);
    expect(records[0]!.record).toEqual(expected!.record);
    expect(records[0]!.diagnostics).toEqual([
      expect.objectContaining({ code: 'COMMENTS_START_GUESSED', page: 3, paragraph: 2 }),
    ]);
  });

  it('reads a web page printed by LibreOffice, its header fields a plain table of centred cells carried over a page, as its records', async () => {
    const { records } = await readDocument(fixture('web-page-table.pdf'), 'page.pdf');
    const expected = parseRecords(text('web-page-table.txt'));
    expect(expected.map((r) => r.ok)).toEqual([true, true]);
    expect(records.map((r) => r.diagnostics.filter((d) => d.severity === 'error'))).toEqual([
      [],
      [],
    ]);
    expect(records.map((r) => r.record)).toEqual(expected.map((r) => r.record));
  });

  it('leaves out the running header, the footers and their page numbers, and says how many', async () => {
    const read = await readPdf(fixture('response-libreoffice-bullets.pdf'));
    if (!read.ok) throw new Error('not read');
    expect(read.text).not.toContain('Response to HMICFRS PEEL 2018/19');
    expect(read.text).not.toMatch(/Page \d of 2/);
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'PAGE_FURNITURE_LEFT_OUT',
        page: 1,
        message: expect.stringContaining('4 lines on pages 1 to 2') as string,
      }),
    ]);
  });

  it('keeps a wrapped label cell and a wrapped value cell with each other, label and value parted by a tab', async () => {
    const read = await readPdf(fixture('response-word-bullets.pdf'));
    if (!read.ok) throw new Error('not read');
    const lines = read.text.split('\n');
    expect(lines).toContain('Police and Crime Commissioner\tMatthew Ellis');
    expect(lines).toContain(
      'Title of inspection\tPolice effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    );
  });

  it('makes one table of a findings table that crosses a page: header row once, the row the break cut made whole', async () => {
    const read = await readPdf(fixture('response-libreoffice-bullets.pdf'));
    if (!read.ok) throw new Error('not read');
    const tables = read.text.split('\n').filter((l) => l.startsWith('<table>'));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.match(/<th>Recommendation<\/th>/g)).toHaveLength(1);
    expect(tables[0]).toContain(
      '<td>The force should improve how it records crime reported through its control room.</td><td>A new audit regime started in March 2020 and the first results show improved compliance across all incident types.</td>',
    );
    expect(tables[0]!.match(/<tr>/g)).toHaveLength(6);
  });

  it("reads a tagged PDF's list items whose bullets are drawn shapes, not text (Chromium), as list items", async () => {
    const read = await readPdf(fixture('chromium-bullets.pdf'));
    if (!read.ok) throw new Error('not read');
    expect(read.text.split('\n').filter((l) => l !== '')).toEqual([
      'By 30 April 2023, chief constables should make sure that their professional standards departments:',
      '- record all allegations of misogynistic and predatory behaviour as such; and',
      '- assess each one for a pattern of behaviour:',
      '  - linking it with previous allegations against the same person.',
      'WYP update (April 2023): A misogyny flag has been added.',
    ]);
  });

  it('says on which page and paragraph every line of the record text was', async () => {
    const read = await readPdf(fixture('response-libreoffice-bullets.pdf'));
    if (!read.ok) throw new Error('not read');
    const lines = read.text.split('\n');
    expect(read.places).toHaveLength(lines.length);
    const at = (line: string) => read.places[lines.indexOf(line)];
    expect(at('Force\tStaffordshire')).toEqual({ page: 1, paragraph: 3 });
    expect(at("Chief Constable's response")).toEqual({ page: 2, paragraph: 3 });
  });

  it('refuses a scanned PDF, one with no text layer, and says what to do', async () => {
    const { format, records } = await readDocument(fixture('scanned-page.pdf'), 'scan.pdf');
    expect(format).toBe('pdf');
    expect(records[0]!.record).toBeNull();
    expect(records[0]!.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'NO_TEXT_LAYER',
        message: expect.stringContaining('text recognition (OCR)') as string,
      }),
    ]);
  });

  it('refuses a password-protected PDF as unreadable, with the reason', async () => {
    const { records } = await readDocument(fixture('password-protected.pdf'), 'locked.pdf');
    expect(records[0]!.record).toBeNull();
    expect(records[0]!.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'UNREADABLE_DOCUMENT',
      field: 'file',
      message: expect.stringMatching(/cannot be read \(.*password/i) as string,
    });
  });

  it('refuses a damaged PDF as unreadable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Cat');
    const { records } = await readDocument(bytes, 'damaged.pdf');
    expect(records[0]!.record).toBeNull();
    expect(records[0]!.diagnostics[0]).toMatchObject({ code: 'UNREADABLE_DOCUMENT' });
  });
});
