import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readDocument', () => {
  it('chooses the format by content, not by the name the file was given', async () => {
    const page =
      '<!DOCTYPE html><html><body><p>PCC and CC Force Inspection response record</p></body></html>';
    expect((await readDocument(bytes(page), 'response.txt')).format).toBe('html');
    expect((await readDocument(bytes('Force\tKent\n'), 'response.html')).format).toBe(
      'record-text',
    );
  });

  it("names the paragraph of a web page that a diagnostic is about, beside the record text's line", async () => {
    const page =
      '<!DOCTYPE html><html><body><p>PCC and CC Force Inspection response record</p><p>Colour of the sky</p></body></html>';
    const [record] = (await readDocument(bytes(page), 'page.html')).records;
    const stray = record!.diagnostics.find((d) => d.code === 'UNPLACED_TEXT');
    expect(stray).toMatchObject({ line: 2, paragraph: 2 });
    expect(stray!.message).toContain('Colour of the sky');
  });

  it('refuses a damaged Word document with a reason, and reads nothing from it', async () => {
    // A zip's first entry header naming word/document.xml, and then nothing: a download cut short.
    const cutShort = new Uint8Array([
      ...[
        0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      ],
      ...[17, 0, 0, 0],
      ...bytes('word/document.xml'),
    ]);
    const { format, records } = await readDocument(cutShort, 'broken.docx');
    expect(format).toBe('docx');
    expect(records).toHaveLength(1);
    expect(records[0]!.record).toBeNull();
    expect(records[0]!.diagnostics[0]).toMatchObject({
      code: 'UNREADABLE_DOCUMENT',
      field: 'file',
    });
  });

  it("gives back the record text it parsed and each line's place, so a record's own lines can be kept", async () => {
    const page =
      '<!DOCTYPE html><html><body><p>PCC and CC Force Inspection response record</p><p>Colour\u00a0of the sky</p></body></html>';
    const reading = await readDocument(bytes(page), 'page.html');
    const lines = reading.text.split('\n');
    const stray = reading.records[0]!.unplaced[0]!;
    expect(lines[stray.line - 1]).toContain('Colour of the sky');
    expect(reading.places![stray.line - 1]).toMatchObject({ paragraph: 2 });
  });

  it('gives back record text decoded and normalised, with no places', async () => {
    const reading = await readDocument(bytes('\uFEFFForce\tKent\r\nSummary\r\n'), 'r.txt');
    expect(reading).toMatchObject({ format: 'record-text', places: null });
    expect(reading.text).toBe('Force\tKent\nSummary\n');
  });
});
