import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from './parse-records.js';
import { readResponseDocument } from './read-response-document.js';
import { utf16, utf8, windows1252 } from './test-support/encode.js';

const seed = readFileSync(
  new URL('./fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);
// The seed with what real responses carry beyond ASCII (Welsh ŵ and ŷ are not in Windows-1252).
const english = seed.replace(
  'Victims and witnesses is one',
  'Victims’ “voice” – £1.2m for the café – is one',
);
const welsh = english.replace('Staffordshire Police understands', 'Heddlu (ŵyr, ŷd) understands');
const LINE = 22; // the "Victims’ …" line of the seed

describe('readResponseDocument: one way in for a file, whatever its encoding', () => {
  it('the seed as bytes reads exactly as the seed as text', () => {
    expect(readResponseDocument(utf8(seed), 'seed.txt')).toEqual(parseRecords(seed));
  });

  it.each([
    ['UTF-8', utf8(welsh), welsh],
    ['UTF-8 with BOM', utf8(welsh, true), welsh],
    ['UTF-16LE', utf16(welsh, 'le'), welsh],
    ['UTF-16BE', utf16(welsh, 'be'), welsh],
    ['UTF-16LE without BOM', utf16(welsh, 'le', false), welsh],
    ['Windows-1252', windows1252(english), english],
  ])('%s gives the same record as the text, with every character', (_, bytes, text) => {
    const [read] = readResponseDocument(bytes, 'response.txt');
    expect(read).toEqual(parseRecords(text)[0]);
    expect(read!.ok).toBe(true);
    expect(JSON.stringify(read!.record)).toContain('Victims’ “voice” – £1.2m for the café');
    if (text === welsh) expect(JSON.stringify(read!.record)).toContain('ŵyr, ŷd');
  });

  it.each([
    ['BEL', '\u0007', 'a stray control character U+0007'],
    ['NUL', '\u0000', 'a NUL byte (U+0000)'],
  ])(
    'a stray %s in the middle of the seed imports with one warning at its line and column',
    (_, byte, named) => {
      // Regression (issue 14): one stray byte made the whole file "a binary file".
      const lines = seed.split('\n');
      lines[LINE - 1] = lines[LINE - 1]!.slice(0, 4) + byte + lines[LINE - 1]!.slice(4);
      const [read] = readResponseDocument(utf8(lines.join('\n')), 'seed.txt');
      const [clean] = parseRecords(seed);
      expect(read!.ok).toBe(true);
      expect(read!.record).toEqual(clean!.record);
      expect(read!.diagnostics).toEqual([
        {
          severity: 'warning',
          line: LINE,
          field: 'file',
          code: 'STRAY_CONTROL_CHARACTER',
          message: `${named} at line ${LINE}, column 5 was left out`,
        },
        ...clean!.diagnostics,
      ]);
    },
  );

  it('a stray byte goes to the record of a many-record file that holds its line', () => {
    const two = `${seed}\n${seed.replace('Victims', 'Vic\u0007tims')}`;
    const read = readResponseDocument(utf8(two));
    expect(read).toHaveLength(2);
    expect(read[0]!.diagnostics).toEqual(parseRecords(seed)[0]!.diagnostics);
    expect(read[1]!.diagnostics[0]!.line).toBeGreaterThan(read[1]!.startLine);
    expect(read[1]!.diagnostics[0]).toMatchObject({
      code: 'STRAY_CONTROL_CHARACTER',
      line: two.split('\n').findIndex((l) => l.includes('\u0007')) + 1,
    });
    expect(read.every((r) => r.ok)).toBe(true);
  });

  it('a true binary is refused as NOT_TEXT', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    for (const bytes of [binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, ...binary])]) {
      expect(readResponseDocument(bytes, 'x.txt')).toEqual([
        {
          ok: false,
          record: null,
          findingLines: {},
          coverage: { contentChars: 0, placedChars: 0 },
          unplaced: [],
          startLine: 1,
          endLine: 1,
          diagnostics: [
            expect.objectContaining({
              severity: 'error',
              code: 'NOT_TEXT',
              line: 1,
              field: 'file',
            }),
          ],
        },
      ]);
    }
  });

  it.each([
    [
      'docx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...utf8('word/document.xml')]),
      /Word document/,
    ],
    ['pdf', utf8('%PDF-1.7\n'), /PDF/],
    ['html', utf8('<!DOCTYPE html><html>'), /web page \(HTML\)/],
  ])(
    'a %s is not record text: refused with UNSUPPORTED_FORMAT, naming the reader that reads it',
    (_, bytes, name) => {
      const [read] = readResponseDocument(bytes, 'response.txt');
      expect(read!.ok).toBe(false);
      expect(read!.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'error',
          line: 1,
          field: 'file',
          code: 'UNSUPPORTED_FORMAT',
        }),
      ]);
      expect(read!.diagnostics[0]!.message).toMatch(name);
      // Word, PDF and web pages are read now (by @irr/documents): no promise of a later release.
      expect(read!.diagnostics[0]!.message).toMatch(/readDocument in @irr\/documents/);
      expect(read!.diagnostics[0]!.message).not.toMatch(/next release/);
    },
  );
});
