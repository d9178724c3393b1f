import type { RecordDiagnostic } from './diagnostics.js';
import { decodeMixedUtf8 } from './mixed-utf8.js';
import { decodeWindows1252 } from './windows-1252.js';
import { textDecoder } from './text-decoder.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text with stray control characters left out; '' when the bytes are not text. */
  text: string;
  encoding: TextEncodingName;
  /** The file opened with a byte order mark naming its encoding. */
  bom: boolean;
  /** Warnings for what was left out or replaced, or one NOT_TEXT error for a binary file. */
  diagnostics: RecordDiagnostic[];
}

/** More stray controls than this share of the characters (and a few), and the file is not text at all. */
const BINARY_SHARE = 0.1;
const BINARY_MINIMUM = 16;
/** Stray characters reported one by one before the rest are counted in one warning. */
const REPORTED = 20;

/**
 * Text files as offices save them: UTF-8 (with or without a BOM), UTF-16 with a BOM, UTF-16 without
 * one when every other byte is NUL (as Notepad's "Unicode" is, for English text), and otherwise
 * Windows-1252, which Word's "Plain Text" uses on English Windows. A file that is valid UTF-8 is
 * read as UTF-8. Nothing is replaced silently: a stray control byte is left out with a warning.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { bom, skip, ...detected } = detectEncoding(bytes);
  let encoding = detected.encoding;
  const body = bytes.subarray(skip);
  const diagnostics: RecordDiagnostic[] = [];
  let raw: string;
  const mixed =
    encoding === 'windows-1252' || (encoding === 'utf-8' && !isUtf8(body))
      ? decodeMixedUtf8(body, bom)
      : null;
  if (mixed) {
    encoding = 'utf-8';
    raw = mixed.text;
    diagnostics.push(...mixed.diagnostics);
  } else if (encoding === 'windows-1252') raw = decodeWindows1252(body);
  else {
    try {
      raw = textDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      raw = textDecoder(encoding, { ignoreBOM: true }).decode(body);
      diagnostics.push(...replacements(raw, encoding, bom));
    }
  }
  const strays = strayControls(raw);
  if (strays.length > BINARY_MINIMUM && strays.length / raw.length > BINARY_SHARE)
    return {
      text: '',
      encoding,
      bom,
      diagnostics: [
        fileError('NOT_TEXT', 'this looks like a binary file, not a response record in text'),
      ],
    };
  diagnostics.push(...strays.slice(0, REPORTED).map(strayWarning));
  if (strays.length > REPORTED)
    diagnostics.push({
      ...strayWarning(strays[REPORTED]!),
      message: `${strays.length - REPORTED} more stray control characters, the first at line ${strays[REPORTED]!.line}, column ${strays[REPORTED]!.column}, were left out`,
    });
  // A vertical tab is Word's manual line break: a space keeps the words on either side apart.
  const text = raw.replace(STRAY, (ch) => (ch === '\v' ? ' ' : ''));
  diagnostics.sort((a, b) => a.line - b.line);
  return { text, encoding, bom, diagnostics };
}

function detectEncoding(bytes: Uint8Array): {
  encoding: TextEncodingName;
  bom: boolean;
  skip: number;
} {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: true, skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: true, skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: true, skip: 2 };
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16) return { encoding: utf16, bom: false, skip: 0 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', bom: false, skip: 0 };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    textDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a BOM: in English text the high byte of nearly every character is NUL, so NULs fill
 * one parity of the first kilobyte and not the other. One stray NUL in a UTF-8 file never does.
 */
function utf16ByNulBytes(bytes: Uint8Array): TextEncodingName | null {
  const pairs = Math.min(bytes.length, 1024) >> 1;
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd / pairs > 0.3 && even / pairs < 0.05) return 'utf-16le';
  if (even / pairs > 0.3 && odd / pairs < 0.05) return 'utf-16be';
  return null;
}

// C0 controls other than tab, LF, FF and CR; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRAY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

interface Place {
  char: string;
  line: number;
  column: number;
}

// eslint-disable-next-line no-control-regex -- line breaks, controls and U+FFFD, in one pass
const NOTABLE = /\r\n?|\n|[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/** Each notable character that `wanted` picks, with its 1-based line and column, lines broken as the parser breaks them. */
function placesOf(text: string, wanted: (ch: string) => boolean): Place[] {
  const places: Place[] = [];
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(NOTABLE)) {
    if (m[0].startsWith('\r') || m[0] === '\n') {
      line++;
      lineStart = m.index + m[0].length;
    } else if (wanted(m[0])) {
      // Columns count characters as an editor shows them, so a surrogate pair is one.
      const column = [...text.slice(lineStart, m.index)].length + 1;
      places.push({ char: m[0], line, column });
    }
  }
  return places;
}

function strayControls(text: string): Place[] {
  return placesOf(text, (ch) => ch !== '\uFFFD');
}

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function strayWarning(p: Place): RecordDiagnostic {
  const what =
    p.char === '\u0000' ? 'a NUL byte (U+0000)' : `a stray control character ${hex(p.char)}`;
  const fate = p.char === '\v' ? 'was read as a space' : 'was left out';
  return {
    severity: 'warning',
    line: p.line,
    field: 'file',
    code: 'STRAY_CONTROL_CHARACTER',
    message: `${what} at line ${p.line}, column ${p.column} ${fate}`,
  };
}

function replacements(text: string, encoding: TextEncodingName, bom: boolean): RecordDiagnostic[] {
  const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  const why = bom ? "which the file's byte order mark names" : 'as the rest of the file is';
  return placesOf(text, (ch) => ch === '\uFFFD').map((p) => ({
    severity: 'warning',
    line: p.line,
    field: 'file',
    code: 'INVALID_ENCODING',
    message: `bytes at line ${p.line}, column ${p.column} are not valid ${name}, ${why}; they were replaced with U+FFFD (�): check that character against the original`,
  }));
}

function fileError(code: string, message: string): RecordDiagnostic {
  return { severity: 'error', line: 1, field: 'file', code, message };
}
