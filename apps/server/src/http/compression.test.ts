import { describe, expect, it } from 'vitest';
import { isCompressible, negotiateEncoding } from './compression.js';

describe('what the server compresses', () => {
  it('compresses text, JSON, XML and their kinds: Atom feeds, problem details, JSON Lines', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'text/csv; charset=utf-8',
      'text/javascript; charset=utf-8',
      'application/json; charset=utf-8',
      'application/problem+json; charset=utf-8',
      'application/ld+json',
      'application/manifest+json; charset=utf-8',
      // The feeds were sent uncompressed by the hand-written list.
      'application/atom+xml; charset=utf-8',
      'application/xml',
      'image/svg+xml',
      'application/jsonl',
    ])
      expect(isCompressible(type), type).toBe(true);
  });

  it('leaves alone what is compressed already, and what it cannot tell', () => {
    for (const type of [
      'image/png',
      'image/avif',
      'font/woff2',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/octet-stream',
      undefined,
    ])
      expect(isCompressible(type), String(type)).toBe(false);
  });
});

describe('which encoding a client gets', () => {
  it('brotli whenever it is taken, gzip when brotli is refused, none when neither is taken', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    // An explicit refusal holds against a wildcard (@fastify/accept-negotiator chose br here), in any case.
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
    expect(negotiateEncoding('GZIP')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('deflate')).toBeNull();
    expect(negotiateEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});
