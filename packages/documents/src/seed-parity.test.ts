import { readFileSync } from 'node:fs';
import { parseRecords } from '@irr/domain';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';
import { seedAsWebPage } from './test-support/seed-page.js';

const seed = readFileSync(
  new URL(
    '../../domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt',
    import.meta.url,
  ),
  'utf8',
);
const fromText = parseRecords(seed)[0]!;

describe('the seed laid out as a document reads as the same draft as the seed', () => {
  it('as a web page (header table, paragraphs, nested lists, HTML as written)', async () => {
    const page = new TextEncoder().encode(seedAsWebPage(seed));
    const { records } = await readDocument(page, 'seed.html');
    expect(records).toHaveLength(1);
    expect(records[0]!.record).toEqual(fromText.record);
    expect(records[0]!.diagnostics.map((d) => d.code)).toEqual(
      fromText.diagnostics.map((d) => d.code),
    );
  });

  it('as a Word document LibreOffice made of that page', async () => {
    const word = new Uint8Array(
      readFileSync(new URL('test-support/seed-as-word.docx', import.meta.url)),
    );
    const { records } = await readDocument(word, 'seed.docx');
    // Word has one italic, which mammoth writes <em> where the seed's HTML wrote <i>.
    const asWord: unknown = JSON.parse(
      JSON.stringify(fromText.record).replace(/<(\/?)i>/g, '<$1em>'),
    );
    expect(records[0]!.record).toEqual(asWord);
    expect(records[0]!.diagnostics.map((d) => d.code)).toEqual(
      fromText.diagnostics.map((d) => d.code),
    );
  });
});
