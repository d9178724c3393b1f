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
  let answer = answered.get(contentType);
  if (answer === undefined) {
    answer =
      compressible(contentType) ??
      contentType.split(';')[0]!.trim().toLowerCase() === 'application/jsonl';
    // The server sends a few dozen types, each on every reply: asked of mime-db once each.
    if (answered.size < 256) answered.set(contentType, answer);
  }
  return answer;
}

const answered = new Map<string, boolean>();

/** The best encoding the client accepts (brotli first), honouring `q=0` refusals. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  let chosen = negotiated.get(acceptEncoding);
  if (chosen === undefined) {
    chosen = choose(acceptEncoding);
    // Browsers send a handful of distinct headers: each is parsed once (a bounded memo, not a leak).
    if (negotiated.size < 256) negotiated.set(acceptEncoding, chosen);
  }
  return chosen;
}

const negotiated = new Map<string, Encoding | null>();

function choose(acceptEncoding: string): Encoding | null {
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
