/** A base no real request has: only used to tell a same-origin path from anything else. */
const BASE = new URL('https://admin.invalid/');

// `\` is read as `/` by browsers (`/\evil.example` is `//evil.example`), and controls are stripped.
const REFUSED = /[\\\p{Cc}]/u;

/**
 * Where to go after signing in: `next` if it is a path of this app, else the start page. A link
 * to the sign-in page must never be able to send someone to another site.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || REFUSED.test(next)) return '/';
  const path = next.split(/[?#]/, 1)[0]!;
  if (path.includes('//')) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE.origin || url.pathname.startsWith('//')) return '/';
  return url.pathname + url.search + url.hash;
}
