import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import compressible from 'compressible';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Smaller bodies gain little and a compressed frame can even be larger. */
export const COMPRESS_MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

/**
 * Whether a body of this type shrinks when compressed, by mime-db's own mark (the `compressible` package: text,
 * JSON, XML and their `+json` / `+xml` kinds, Atom feeds included); JSON Lines, which mime-db does not list,
 * is JSON too. Images, PDFs and Office files are compressed already.
 */
export function isCompressible(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const known = compressible(contentType);
  return known ?? contentType.split(';')[0]!.trim().toLowerCase() === 'application/jsonl';
}

/** The best encoding the client accepts (brotli first), honouring `q=0` refusals. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(token!.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const wants = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return null;
}

export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  // Quality 5 is a fraction of the default 11's CPU for nearly the same size on JSON and JS.
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 6 });
}
