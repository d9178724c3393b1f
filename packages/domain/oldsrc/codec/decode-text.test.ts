import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { utf16, utf8, windows1252 } from './test-support/encode.js';

// What these documents hold beyond ASCII: curly quotes, dashes, pounds, accents, and Welsh.
const ENGLISH = 'The Commissioner’s “response” – £1.2m for the café\r\nline two\n';
const WELSH = 'Comisiynydd yr Heddlu – ŵyr ŷd\n';

describe('decodeText reads each encoding offices save in, and never a silent U+FFFD', () => {
  it.each([
    ['UTF-8', utf8(ENGLISH + WELSH), 'utf-8', false],
    ['UTF-8 with BOM', utf8(ENGLISH + WELSH, true), 'utf-8', true],
    ['UTF-16LE with BOM', utf16(ENGLISH + WELSH, 'le'), 'utf-16le', true],
    ['UTF-16BE with BOM', utf16(ENGLISH + WELSH, 'be'), 'utf-16be', true],
    [
      'UTF-16LE without BOM (NULs in every other byte)',
      utf16(ENGLISH + WELSH, 'le', false),
      'utf-16le',
      false,
    ],
    ['UTF-16BE without BOM', utf16(ENGLISH + WELSH, 'be', false), 'utf-16be', false],
  ])('%s', (_, bytes, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ text: ENGLISH + WELSH, encoding, bom, diagnostics: [] });
  });

  it('Windows-1252 (Word’s "Plain Text"), without a diagnostic', () => {
    const decoded = decodeText(windows1252(ENGLISH + 'Euro € and … ellipsis'));
    expect(decoded).toEqual({
      text: ENGLISH + 'Euro € and … ellipsis',
      encoding: 'windows-1252',
      bom: false,
      diagnostics: [],
    });
  });

  it('a file that is valid UTF-8 is UTF-8, even when every byte is also Windows-1252', () => {
    // "Ã©" in Windows-1252 is the bytes of "é" in UTF-8: UTF-8 wins.
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xc3, 0xa9])).text).toBe('café');
    expect(decodeText(utf8('plain ASCII')).encoding).toBe('utf-8');
    expect(decodeText(new Uint8Array()).text).toBe('');
  });

  it('a stray control byte is left out with a warning naming it, its line and column', () => {
    const bytes = utf8('first line\nsec\u0007ond – line\r\nthird\u0000\n');
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('first line\nsecond – line\r\nthird\n');
    expect(decoded.diagnostics).toEqual([
      {
        severity: 'warning',
        line: 2,
        field: 'file',
        code: 'STRAY_CONTROL_CHARACTER',
        message: 'a stray control character U+0007 at line 2, column 4 was left out',
      },
      expect.objectContaining({
        line: 3,
        message: 'a NUL byte (U+0000) at line 3, column 6 was left out',
      }),
    ]);
  });

  it('columns count characters, and a lone CR breaks a line as the parser does', () => {
    const decoded = decodeText(utf8('a\rŵŷ😀\u001b'));
    expect(decoded.diagnostics[0]!.message).toBe(
      'a stray control character U+001B at line 2, column 4 was left out',
    );
  });

  it('tab and form feed stay; DEL and C1 controls go; a vertical tab becomes a space', () => {
    const decoded = decodeText(utf8('a\tb\fc\u007fd\u0085e\u000bf'));
    expect(decoded.text).toBe('a\tb\fcde f');
    expect(decoded.diagnostics.map((d) => d.message)).toEqual([
      'a stray control character U+007F at line 1, column 6 was left out',
      'a stray control character U+0085 at line 1, column 8 was left out',
      'a stray control character U+000B at line 1, column 10 was read as a space',
    ]);
  });

  it('a byte Windows-1252 leaves undefined is reported, not turned into a control silently', () => {
    const decoded = decodeText(Uint8Array.from([0x92, 0x61, 0x81, 0x62]));
    expect(decoded.text).toBe('’ab');
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ code: 'STRAY_CONTROL_CHARACTER', line: 1 }),
    ]);
  });

  it('a UTF-8 file with a byte pasted from Windows-1252 keeps both, and warns at that byte', () => {
    // Read whole as Windows-1252, the "–" would silently become "â€“".
    const bytes = Uint8Array.from([
      ...utf8('Force – update\nthe force', true),
      0x92,
      ...utf8('s plan'),
    ]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Force – update\nthe force’s plan');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.diagnostics).toEqual([
      {
        severity: 'warning',
        line: 2,
        field: 'file',
        code: 'MIXED_ENCODING',
        message:
          'the byte 0x92 at line 2, column 10 is not UTF-8 like the rest of the file; it was read as Windows-1252 "’": check it against the original',
      },
    ]);
    expect(decodeText(bytes.subarray(3)).text).toBe('Force – update\nthe force’s plan');
  });

  it('a Windows-1252 file with a chance UTF-8 pair stays Windows-1252, without a diagnostic', () => {
    const text = 'Ã© is two letters; the force’s “plan” – £5';
    expect(decodeText(windows1252(text))).toMatchObject({
      text,
      encoding: 'windows-1252',
      diagnostics: [],
    });
  });

  it('invalid UTF-16 is warned about at its place, never a silent U+FFFD', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x0a, 0, 0x62, 0, 0x00, 0xd8, 0x63, 0]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('a\nb\uFFFDc');
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ code: 'INVALID_ENCODING', line: 2, severity: 'warning' }),
    ]);
    expect(decoded.diagnostics[0]!.message).toContain('line 2, column 2 are not valid UTF-16LE');
  });

  it('many stray bytes are reported twenty at a time, then counted', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i + 1} of a long record \u0007`).join(
      '\n',
    );
    const decoded = decodeText(utf8(text));
    expect(decoded.diagnostics).toHaveLength(21);
    expect(decoded.diagnostics[20]!.message).toBe(
      '10 more stray control characters, the first at line 21, column 26, were left out',
    );
  });

  it('a true binary is NOT_TEXT, and nothing of it comes back as text', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    for (const bytes of [random, Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]) {
      const decoded = decodeText(bytes);
      expect(decoded.text).toBe('');
      expect(decoded.diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', code: 'NOT_TEXT', line: 1 }),
      ]);
    }
  });
});
