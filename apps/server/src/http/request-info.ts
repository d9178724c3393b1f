import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A caller's (or proxy's) id when it is short and plain, so it cannot forge log lines; else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = header(req, 'x-request-id');
  return incoming && /^[A-Za-z0-9._:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
}

/** With one trusted proxy, the last X-Forwarded-For entry is the one it added: the client it saw. */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string | null {
  const forwarded = trustProxy ? header(req, 'x-forwarded-for') : undefined;
  const last = forwarded?.split(',').pop()?.trim();
  return last || req.socket.remoteAddress || null;
}

/** The origin this request was addressed to, as the browser saw it. */
export function ownOriginOf(req: IncomingMessage, trustProxy: boolean): string | null {
  const proto = (trustProxy && header(req, 'x-forwarded-proto')?.split(',')[0]?.trim()) || 'http';
  const host =
    (trustProxy && header(req, 'x-forwarded-host')?.split(',')[0]?.trim()) || header(req, 'host');
  if (!host || (proto !== 'http' && proto !== 'https')) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The path alone: query strings can carry search terms or inputs, which stay out of the logs. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
