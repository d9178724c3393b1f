export type DocumentFormat = 'record-text' | 'docx' | 'pdf' | 'html' | 'unknown';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

function indexOf(bytes: Uint8Array, needle: Uint8Array, within = bytes.length): number {
  const end = Math.min(bytes.length, within) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Containers and pictures people attach by mistake: an old Word .doc (OLE2), PNG, JPEG, GIF.
const OTHER_BINARIES = [
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
];

/**
 * What a file is, from its bytes rather than its name: a PDF, a Word document (a zip holding
 * word/document.xml; the names of a zip's entries are stored as plain bytes), a saved web page,
 * or text in the record format. The name only settles a fragment of HTML saved as .html.
 */
export function sniffDocumentFormat(bytes: Uint8Array, fileName?: string): DocumentFormat {
  // PDF readers accept the header anywhere in the first kilobyte.
  if (indexOf(bytes, ascii('%PDF-'), 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return indexOf(bytes, ascii('word/document.xml')) >= 0 ? 'docx' : 'unknown';
  if (OTHER_BINARIES.some((magic) => startsWith(bytes, magic))) return 'unknown';
  const head = headText(bytes);
  const start = head
    .replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '')
    .slice(0, 64)
    .toLowerCase();
  if (/^<(?:!doctype html|html|head|body)\b/.test(start)) return 'html';
  if (/\.x?html?$/i.test(fileName ?? '') && start.startsWith('<')) return 'html';
  return 'record-text';
}

/** The first kilobyte as characters, enough to see the opening tag whatever the encoding. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 1024);
  const [a, b] = head;
  const bigEndian = (a === 0xfe && b === 0xff) || (a === 0 && b !== 0);
  const littleEndian = (a === 0xff && b === 0xfe) || (a !== 0 && b === 0);
  if (bigEndian || littleEndian) {
    let text = '';
    for (let i = 0; i + 1 < head.length; i += 2)
      text += String.fromCharCode(
        bigEndian ? (head[i]! << 8) | head[i + 1]! : head[i]! | (head[i + 1]! << 8),
      );
    return text.replace(/^\uFEFF/, '');
  }
  return String.fromCharCode(...head).replace(/^\u00EF\u00BB\u00BF/, '');
}
