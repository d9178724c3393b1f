import type { RecordDiagnostic } from './diagnostics.js';
import { decodeWindows1252 } from './windows-1252.js';
import { textDecoder } from './text-decoder.js';

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const c = bytes[i]!;
  if (c < 0x80) return 1;
  const n =
    c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0) return 0;
  const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  const second = bytes[i + 1];
  if (second === undefined || second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < 0x80 || b > 0xbf) return 0;
  }
  return n;
}

/**
 * A file mostly in UTF-8 with a few bytes pasted from a Windows-1252 document (a Word ’ in a UTF-8
 * export). Read whole as Windows-1252, every UTF-8 character would turn silently into "â€™"; so
 * the UTF-8 stays UTF-8 and each odd byte is read as Windows-1252, with a warning at its place.
 * Null, unless `utf8Named` (a UTF-8 BOM), when odd bytes outnumber the UTF-8 characters: then the
 * file is Windows-1252 and its few "UTF-8" pairs are chance (Windows-1252 "Ã©" is UTF-8 "é").
 */
export function decodeMixedUtf8(
  bytes: Uint8Array,
  utf8Named = false,
): { text: string; diagnostics: RecordDiagnostic[] } | null {
  // Counted first, so a plain Windows-1252 file is not built twice.
  let [multiByte, oddCount] = [0, 0];
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n > 1) multiByte++;
    if (n === 0) oddCount++;
    i += Math.max(n, 1);
  }
  if (!utf8Named && (multiByte === 0 || multiByte < oddCount)) return null;
  const utf8 = textDecoder('utf-8');
  let text = '';
  let runStart = 0;
  const odd: { at: number; byte: number }[] = [];
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    text += utf8.decode(bytes.subarray(runStart, i));
    odd.push({ at: text.length, byte: bytes[i]! });
    text += decodeWindows1252(bytes.subarray(i, i + 1));
    runStart = ++i;
  }
  text += utf8.decode(bytes.subarray(runStart));
  const diagnostics: RecordDiagnostic[] = [];
  // One pass for every place: line breaks as the parser counts them (CRLF, CR, LF).
  let [line, lineStart, from] = [1, 0, 0];
  for (const o of odd.slice(0, REPORTED)) {
    for (let i = from; i < o.at; i++) {
      const ch = text[i];
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n'))
        [line, lineStart] = [line + 1, i + 1];
    }
    from = o.at;
    diagnostics.push(
      oddByteWarning(text[o.at]!, o.byte, line, [...text.slice(lineStart, o.at)].length + 1),
    );
  }
  if (odd.length > REPORTED)
    diagnostics.push({
      ...diagnostics[0]!,
      message: `${odd.length - REPORTED} more bytes that are not UTF-8 were read as Windows-1252`,
    });
  return { text, diagnostics };
}

const REPORTED = 20;

function oddByteWarning(
  char: string,
  byte: number,
  line: number,
  column: number,
): RecordDiagnostic {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return {
    severity: 'warning',
    line,
    field: 'file',
    code: 'MIXED_ENCODING',
    message: `the byte 0x${hex} at line ${line}, column ${column} is not UTF-8 like the rest of the file; it was read as Windows-1252 "${char}": check it against the original`,
  };
}
