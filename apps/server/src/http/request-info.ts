import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A caller's (or proxy's) id when it is short and plain, so it cannot forge log lines; else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = header(req, 'x-request-id');
  return incoming && /^[A-Za-z0-9._:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
}

/**
 * The client's address: the socket's peer, or behind `trustedProxies` proxies (each appending the
 * address it saw to X-Forwarded-For, the socket's peer being the last of them) the right-most
 * address none of them added. Entries left of it are the client's own claims, never believed.
 */
export function clientIpOf(req: IncomingMessage, trustedProxies: number): string | null {
  const peer = req.socket.remoteAddress ?? null;
  if (trustedProxies === 0) return peer;
  // Every X-Forwarded-For line, in order: a client can send its own line before the proxy's.
  const raw = req.headers['x-forwarded-for'];
  const lines = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const chain = lines.flatMap((l) => l.split(',')).map((a) => a.trim());
  const hop = chain[chain.length - trustedProxies];
  // Fewer entries than proxies: the request did not come through them all; a proxy wrote no address.
  return hop && isIP(hop) ? hop : peer;
}

/** The origin this request was addressed to, as the browser saw it. */
export function ownOriginOf(req: IncomingMessage, trustedProxies: number): string | null {
  const trustProxy = trustedProxies > 0;
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
