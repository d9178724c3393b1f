import { readFileSync, readdirSync } from 'node:fs';
import type { RecordDiagnostic } from '@irr/domain';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

// Each office's web page, Word document and PDF hold what its record text holds: whatever the parser makes
// of the text (fixtures.test.ts checks that against expected.json), an adapter must make the same of the
// document, so a difference here is the adapter losing or misreading something.

const FIXTURES = new URL('../fixtures/', import.meta.url);
const DOCUMENTS = ['html', 'docx', 'pdf'] as const;

const offices = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'make')
  .map((entry) => entry.name)
  .sort();

async function read(office: string, format: string) {
  const fileName = `${office}.${format}`;
  const bytes = new Uint8Array(readFileSync(new URL(`${office}/${fileName}`, FIXTURES)));
  return (await readDocument(bytes, fileName)).records;
}

/** What a diagnostic says, not where: a document's lines are not the record text's. */
const said = (d: RecordDiagnostic) => `${d.severity} ${d.code} ${d.field}`;
/** Notes about the document itself (furniture left out) have no counterpart in record text. */
const aboutContent = (ds: readonly RecordDiagnostic[]) =>
  ds.filter((d) => d.severity !== 'info').map(said);

describe.each(offices)('the %s fixture', (office) => {
  it.each(DOCUMENTS)('reads its .%s as the same draft as its record text', async (format) => {
    const [fromText] = await read(office, 'txt');
    const records = await read(office, format);
    expect(records).toHaveLength(1);
    expect(records[0]!.record).toEqual(fromText!.record);
    expect(aboutContent(records[0]!.diagnostics)).toEqual(aboutContent(fromText!.diagnostics));
  });
});
