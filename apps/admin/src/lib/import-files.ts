import { unzipSync } from 'fflate';

/** One document to stage: a chosen file, a file of a chosen folder, or a file inside a chosen .zip. */
export interface ImportFile {
  /** The name shown to the user: the path inside a folder or archive. */
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

/** What an archive or a folder may hold that is imported; everything else in them is passed over. */
const IMPORTABLE = /\.(docx|pdf|html?|txt)$/i;

/** A path inside a folder or archive worth importing: no folders, hidden files or macOS resource forks. */
export function importablePath(path: string): boolean {
  if (path.endsWith('/')) return false;
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.') || p === '__MACOSX')) return false;
  return IMPORTABLE.test(parts.at(-1)!);
}

const isZip = (name: string) => /\.zip$/i.test(name);

/** The documents in a .zip, in the archive's order, unzipped here in the browser. */
export function unzipDocuments(zip: Uint8Array): ImportFile[] {
  const entries = unzipSync(zip, { filter: (f) => importablePath(f.name) });
  return Object.entries(entries).map(([name, data]) => ({
    name,
    size: data.byteLength,
    bytes: () => Promise.resolve(data),
  }));
}

/**
 * The documents the user chose: files as they are (so each gets a result, even one that cannot be read),
 * a folder's importable files, and each .zip opened into its importable files.
 */
export async function expandChosen(files: readonly File[]): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    if (isZip(file.name)) {
      out.push(...unzipDocuments(new Uint8Array(await file.arrayBuffer())));
    } else if (file.webkitRelativePath && !importablePath(path)) {
      continue;
    } else {
      out.push({
        name: path,
        size: file.size,
        bytes: async () => new Uint8Array(await file.arrayBuffer()),
      });
    }
  }
  return out;
}

/** Bytes as base64 for the JSON request, in chunks so a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
