import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandChosen, importablePath, toBase64, unzipDocuments } from './import-files';

describe('importablePath', () => {
  it('keeps the documents the register reads, and passes over folders, hidden files and __MACOSX', () => {
    expect(importablePath('a.docx')).toBe(true);
    expect(importablePath('2020/Report.PDF')).toBe(true);
    expect(importablePath('page.htm')).toBe(true);
    expect(importablePath('record.txt')).toBe(true);
    expect(importablePath('2020/')).toBe(false);
    expect(importablePath('.DS_Store')).toBe(false);
    expect(importablePath('2020/.~lock.a.docx#')).toBe(false);
    expect(importablePath('.hidden/a.docx')).toBe(false);
    expect(importablePath('__MACOSX/2020/._a.docx')).toBe(false);
    expect(importablePath('notes.xlsx')).toBe(false);
  });
});

describe('unzipDocuments', () => {
  it('gives the importable files of an archive with their paths and bytes', async () => {
    const zip = zipSync({
      'responses/one.txt': strToU8('first'),
      'responses/two.docx': strToU8('second'),
      'responses/.DS_Store': strToU8('x'),
      '__MACOSX/responses/._one.txt': strToU8('x'),
      'responses/sheet.xlsx': strToU8('x'),
    });
    const files = unzipDocuments(zip);
    expect(files.map((f) => f.name)).toEqual(['responses/one.txt', 'responses/two.docx']);
    expect(new TextDecoder().decode(await files[0]!.bytes())).toBe('first');
    expect(files[1]!.size).toBe(6);
  });
});

describe('expandChosen', () => {
  it('opens a .zip among chosen files and keeps a chosen file even of a kind it cannot read', async () => {
    const zip = zipSync({ 'a.txt': strToU8('A'), 'b.pdf': strToU8('B') });
    const files = await expandChosen([new File([zip], 'archive.zip'), new File(['C'], 'odd.rtf')]);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.pdf', 'odd.rtf']);
  });
});

describe('toBase64', () => {
  it('encodes bytes beyond one chunk as the standard encoder does', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
