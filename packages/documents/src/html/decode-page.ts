import { decodeText, decodeWindows1252, type RecordDiagnostic } from '@irr/domain';

/**
 * The labels the web reads as windows-1252 (WHATWG Encoding). Node's TextDecoder reads bytes 0x80–0x9F
 * of these as control characters (Word's curly quotes and dashes), so the domain's own decoder reads them.
 */
const WINDOWS_1252 =
  /^(windows-1252|cp1252|x-cp1252|iso-?8859-1|iso_8859-1(:1987)?|iso-ir-100|latin-?1|l1|cp819|ibm819|csisolatin1|us-ascii|ascii|ansi_x3\.4-1968)$/;

/** A page's declared encoding: `<meta charset>` or the http-equiv Content-Type, in its first bytes. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

/**
 * A saved web page's bytes as text. A byte order mark wins, then the page's own declaration (a page
 * saved as windows-1252 or iso-8859-1 says so); a page declaring UTF-8, or nothing, is read as the
 * record text's files are, which finds UTF-8 and reports stray bytes.
 */
export function decodePage(bytes: Uint8Array): { text: string; diagnostics: RecordDiagnostic[] } {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const charset = bom ? null : declaredCharset(bytes);
  if (charset && !/^(utf-?8|unicode-1-1-utf-8|utf-?16.*)$/.test(charset)) {
    try {
      const text = WINDOWS_1252.test(charset)
        ? decodeWindows1252(bytes)
        : new TextDecoder(charset).decode(bytes);
      return { text, diagnostics: [] };
    } catch {
      // An encoding TextDecoder does not know: read it as any text file, which says what it finds.
    }
  }
  const decoded = decodeText(bytes);
  // Their lines are the page source's, not the record text's: said so, and pinned to the start.
  const diagnostics = decoded.diagnostics.map((d) => ({
    ...d,
    line: 1,
    message: `in the page's HTML source, ${d.message}`,
  }));
  return { text: decoded.text, diagnostics };
}
