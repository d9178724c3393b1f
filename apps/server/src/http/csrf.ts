import type { IncomingMessage } from 'node:http';
import { header, ownOriginOf } from './request-info.js';

const CSRF_HEADER = 'x-irr-csrf';

/**
 * Mutations need both a custom header (a cross-site form or image cannot send one, and a
 * cross-site fetch with one needs a CORS preflight we never grant) and an Origin, or failing
 * that a Referer, from this site: the public origin when one is configured (the Host header is the
 * client's to choose), else the origin the request was addressed to. Returns why a request is
 * refused, or null to let it through.
 */
export function csrfRefusal(
  req: IncomingMessage,
  publicOrigin: string | null,
  trustProxy: number,
): string | null {
  if (header(req, CSRF_HEADER) !== '1') return `The ${CSRF_HEADER} header is missing`;
  const claimed = originOf(header(req, 'origin')) ?? originOf(header(req, 'referer'));
  if (!claimed) return 'The request names no Origin or Referer';
  const allowed = publicOrigin ?? ownOriginOf(req, trustProxy);
  return claimed === allowed ? null : 'The request comes from another site';
}

function originOf(value: string | undefined): string | null {
  if (!value || value === 'null') return null;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
