import type { Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from 'mime-types';
import { header } from './request-info.js';
import { holdReply, send, sendHeld, type HeldReply } from './send.js';
import { notBuiltPage } from './not-built-page.js';

export interface StaticApp {
  /** Shown on the not-built page: "the admin app", "the public portal". */
  name: string;
  /** URL prefix with trailing slash: `/admin/` or `/`. */
  prefix: string;
  /** The app's built folder (Vite's dist). */
  root: string;
  /** The command that builds it, for the not-built page. */
  buildCommand: string;
}

export function defaultApps(): StaticApp[] {
  const apps = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
  return [
    {
      name: 'the admin app',
      prefix: '/admin/',
      root: apps('admin/dist'),
      buildCommand: 'pnpm --filter @irr/admin build',
    },
    {
      name: 'the public portal',
      prefix: '/',
      root: apps('public/dist'),
      buildCommand: 'pnpm --filter @irr/public build',
    },
  ];
}

/** A file's content type by its extension (mime-db, with `charset=utf-8` for text), else bytes. */
function typeOf(file: string): string {
  return contentType(extname(file).toLowerCase()) || 'application/octet-stream';
}

/** Vite names built assets `assets/name-<hash>.ext`: their content never changes under that name. */
const HASHED = /(^|\/)assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The file a URL path names inside root, or null when it would escape root or names a hidden file. */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  return join(root, ...segments);
}

/** The file a path names inside root (its real path, and its stat, which follows links), or null. */
async function fileIn(root: string, path: string): Promise<{ real: string; info: Stats } | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    // A symlink inside dist must not lead out of it.
    const [real, realRoot] = await Promise.all([realpath(path), realpath(root)]);
    return real.startsWith(realRoot + sep) ? { real, info } : null;
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * Files as sent, read, tagged and compressed once while unchanged (the admin app's main script is 300 KB:
 * compressing it for every first visit cost milliseconds of CPU each). A rebuild is seen at once: each request
 * still stats the file, and a new size or time reads it again. Bounded by the files' own bytes (their compressed
 * forms, made on demand, come on top: about half as much again), least recently used out first.
 */
const heldFiles = new Map<string, { stamp: string; reply: HeldReply }>();
const HELD_FILES_MAX_BYTES = 32 * 2 ** 20;
let heldFileBytes = 0;

async function heldFile(
  { real: file, info }: { real: string; info: Stats },
  cacheControl: string,
): Promise<HeldReply> {
  const stamp = `${info.size}:${info.mtimeMs}:${info.ino}`;
  const key = `${cacheControl} ${file}`;
  const hit = heldFiles.get(key);
  if (hit && hit.stamp === stamp) {
    heldFiles.delete(key); // re-inserted last: Map order is the eviction order
    heldFiles.set(key, hit);
    return hit.reply;
  }
  const reply = holdReply({
    status: 200,
    headers: { 'content-type': typeOf(file), 'cache-control': cacheControl },
    body: await readFile(file),
  });
  // Whatever is held for it now (the old version, or what a concurrent request read) gives way.
  const held = heldFiles.get(key);
  if (held) {
    heldFiles.delete(key);
    heldFileBytes -= held.reply.body.length;
  }
  // One very large file would push out every other: sent, not held.
  if (reply.body.length > HELD_FILES_MAX_BYTES / 8) return reply;
  heldFiles.set(key, { stamp, reply });
  heldFileBytes += reply.body.length;
  while (heldFileBytes > HELD_FILES_MAX_BYTES && heldFiles.size > 1) {
    const [oldest, entry] = heldFiles.entries().next().value!;
    heldFiles.delete(oldest);
    heldFileBytes -= entry.reply.body.length;
  }
  return reply;
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: { real: string; info: Stats },
  cacheControl: string,
): Promise<void> {
  const held = await heldFile(file, cacheControl);
  if (!sendHeld(req, res, held)) await send(req, res, { ...held, etag: true, held });
}

/** Serve a built single-page app: its files, else its index.html for client-side routes. */
export async function serveApp(
  req: IncomingMessage,
  res: ServerResponse,
  app: StaticApp,
  path: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    await send(req, res, {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
      body: 'Method not allowed',
    });
    return;
  }
  if (!(await exists(app.root))) {
    await send(req, res, {
      status: 503,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      body: notBuiltPage(app),
    });
    return;
  }
  const relative = path.slice(app.prefix.length);
  const target = safeJoin(app.root, relative);
  const file = target && relative !== '' ? await fileIn(app.root, target) : null;
  if (file) {
    const cache = HASHED.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache';
    await sendFile(req, res, file, cache);
    return;
  }
  // Client-side routes (no extension, or a browser asking for a page) get the app; a missing asset is a 404.
  const wantsPage = !extname(relative) || (header(req, 'accept') ?? '').includes('text/html');
  const index = wantsPage ? await fileIn(app.root, join(app.root, 'index.html')) : null;
  if (index) {
    await sendFile(req, res, index, 'no-cache');
    return;
  }
  await send(req, res, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    body: 'Not found',
  });
}
