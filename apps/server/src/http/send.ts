import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import parseRange from 'range-parser';
import {
  COMPRESS_MIN_BYTES,
  compress,
  isCompressible,
  negotiateEncoding,
  type Encoding,
} from './compression.js';
import { header } from './request-info.js';

export interface Reply {
  status: number;
  headers?: Record<string, string | string[]>;
  body: Buffer | string;
  /** Give the body a strong ETag and answer a matching If-None-Match with 304. */
  etag?: boolean;
  /** The body's ETag and compressed forms, kept with a cached reply so they are made once. */
  held?: Held;
}

interface Held {
  etag: string;
  encoded: Map<Encoding, Promise<Buffer>>;
  /** The compressed forms once made, for sending without waiting. */
  ready: Map<Encoding, Buffer>;
}

/** Strong ETag from the identity body; a compressed variant carries a suffix, as it is other bytes. */
function etagOf(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 32);
}

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  // If-None-Match compares weakly: ignore W/ and our encoding suffix.
  return ifNoneMatch.split(',').some(
    (t) =>
      t
        .trim()
        .replace(/^W\//, '')
        .replace(/^"|"$/g, '')
        .replace(/-(br|gzip)$/, '') === tag,
  );
}

const BYTE_RANGES = /^bytes=\s*(\d+-\d*|-\d+)(\s*,\s*(\d+-\d*|-\d+))*\s*$/;

/**
 * The one byte range a GET of this body asks for (a resumed download, a media player), 'unsatisfiable'
 * when it lies beyond the body, or null for the whole body: no Range, a malformed one, several ranges
 * (RFC 9110 lets a server answer those with the whole body), or an If-Range naming another version.
 */
function rangeOf(
  req: IncomingMessage,
  size: number,
  tag: string,
): { start: number; end: number } | 'unsatisfiable' | null {
  const asked = header(req, 'range');
  if (!asked || req.method !== 'GET') return null;
  // If-Range compares strongly; a date never matches, as no reply carries Last-Modified.
  const ifRange = header(req, 'if-range');
  if (ifRange !== undefined && ifRange.trim() !== `"${tag}"`) return null;
  // range-parser 1.x (2.x needs Node 22) calls a malformed range unsatisfiable; RFC 9110 says ignore it.
  if (!BYTE_RANGES.test(asked)) return null;
  const ranges = parseRange(size, asked, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  return ranges[0]!;
}

/**
 * Write a whole response: ETag and 304, byte ranges of a tagged 200 (sent uncompressed, so the bytes
 * counted are the file's), compression when worth it, no body for HEAD.
 */
export async function send(req: IncomingMessage, res: ServerResponse, reply: Reply): Promise<void> {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  const contentType = res.getHeader('content-type');
  const compressible = isCompressible(typeof contentType === 'string' ? contentType : undefined);
  if (compressible) {
    const vary = res.getHeader('vary');
    res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  }
  const encoding =
    compressible && body.length >= COMPRESS_MIN_BYTES
      ? negotiateEncoding(header(req, 'accept-encoding'))
      : null;
  const tag = reply.held?.etag ?? (reply.etag && reply.status === 200 ? etagOf(body) : null);
  if (tag) {
    res.setHeader('etag', `"${tag}${encoding ? `-${encoding}` : ''}"`);
    if (matches(header(req, 'if-none-match'), tag)) {
      res.removeHeader('content-type');
      res.writeHead(304).end();
      return;
    }
  }
  if (tag && reply.status === 200) {
    res.setHeader('accept-ranges', 'bytes');
    const range = rangeOf(req, body.length, tag);
    if (range === 'unsatisfiable') {
      res.removeHeader('content-type');
      res.setHeader('content-range', `bytes */${body.length}`);
      res.writeHead(416).end();
      return;
    }
    if (range) {
      res.setHeader('etag', `"${tag}"`);
      res.setHeader('content-range', `bytes ${range.start}-${range.end}/${body.length}`);
      res.setHeader('content-length', range.end - range.start + 1);
      res.writeHead(206);
      res.end(body.subarray(range.start, range.end + 1));
      return;
    }
  }
  const payload = encoding ? await compressed(body, encoding, reply.held) : body;
  if (encoding) res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', payload.length);
  res.writeHead(reply.status);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function compressed(body: Buffer, encoding: Encoding, held: Held | undefined): Promise<Buffer> {
  if (!held) return compress(body, encoding);
  let made = held.encoded.get(encoding);
  if (!made) {
    made = compress(body, encoding);
    held.encoded.set(encoding, made);
    made.then(
      (bytes) => held.ready.set(encoding, bytes),
      () => held.encoded.delete(encoding),
    );
  }
  return made;
}

/** A reply held by the public cache, as `sendHeld` needs it. */
export interface HeldReply extends Held {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Its headers as sent, per encoding ('identity' for none), as name-value pairs. */
  wire: Map<Encoding | 'identity', string[]>;
}

/** A whole reply to be sent many times: its ETag now, its compressed forms and header lists once made. */
export function holdReply(reply: {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}): HeldReply {
  return {
    ...reply,
    etag: etagOf(reply.body),
    encoded: new Map(),
    ready: new Map(),
    wire: new Map(),
  };
}

/**
 * A held public reply (most public reads are one) sent with the least work: the headers `send` would set
 * for it, made once per encoding, and the bytes, in one write. Only for a plain GET (no If-None-Match, no
 * Range) whose encoding is made already; false, having sent nothing, when `send` must answer instead.
 * `extra` is lists of name-value pairs sent as well (x-cache, the security headers, the request id).
 */
export function sendHeld(
  req: IncomingMessage,
  res: ServerResponse,
  held: HeldReply,
  ...extra: (readonly string[])[]
): boolean {
  if (req.method !== 'GET' || req.headers['if-none-match'] !== undefined || req.headers.range)
    return false;
  const compressible = isCompressible(contentTypeOf(held.headers));
  const encoding =
    compressible && held.body.length >= COMPRESS_MIN_BYTES
      ? negotiateEncoding(header(req, 'accept-encoding'))
      : null;
  const payload = encoding ? held.ready.get(encoding) : held.body;
  if (!payload) return false;
  let wire = held.wire.get(encoding ?? 'identity');
  if (!wire) {
    wire = wireHeaders(held, compressible, encoding, payload.length);
    held.wire.set(encoding ?? 'identity', wire);
  }
  res.writeHead(held.status, wire.concat(...extra));
  res.end(payload);
  return true;
}

function contentTypeOf(headers: Record<string, string | string[]>): string | undefined {
  const value = headers['content-type'];
  return typeof value === 'string' ? value : undefined;
}

/** What `send` sets for a held 200 sent whole: its own headers, Vary, the ETag, ranges, encoding, length. */
function wireHeaders(
  held: HeldReply,
  compressible: boolean,
  encoding: Encoding | null,
  length: number,
): string[] {
  const pairs: string[] = [];
  let vary: string | undefined;
  for (const [name, value] of Object.entries(held.headers)) {
    if (name === 'vary') vary = String(value);
    else for (const one of Array.isArray(value) ? value : [value]) pairs.push(name, one);
  }
  if (compressible) vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  if (vary) pairs.push('vary', vary);
  pairs.push('etag', `"${held.etag}${encoding ? `-${encoding}` : ''}"`, 'accept-ranges', 'bytes');
  if (encoding) pairs.push('content-encoding', encoding);
  pairs.push('content-length', String(length));
  return pairs;
}

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  return send(req, res, {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
    body: JSON.stringify(value),
  });
}
