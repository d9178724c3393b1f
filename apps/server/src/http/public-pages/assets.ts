import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PortalAssets } from '@irr/public/server';

const PUBLIC_DIST = fileURLToPath(new URL('../../../../public/dist/', import.meta.url));

interface ManifestEntry {
  file: string;
  css?: string[];
  isEntry?: boolean;
}

let root = PUBLIC_DIST;

/** Where the built portal is (the host's configured app root). */
export function setAssetRoot(dir: string): void {
  root = dir.endsWith('/') ? dir : `${dir}/`;
}

let cached: { file: string; mtimeMs: number; assets: PortalAssets } | null = null;

/** The built stylesheet and enhancement script, from Vite's manifest; none when the portal is not built. */
export function portalAssets(): PortalAssets {
  const file = `${root}.vite/manifest.json`;
  try {
    const { mtimeMs } = statSync(file);
    if (cached && cached.file === file && cached.mtimeMs === mtimeMs) return cached.assets;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestEntry>;
    const entry = Object.values(manifest).find((e) => e.isEntry);
    const assets = {
      css: (entry?.css ?? []).map((c) => `/${c}`),
      script: entry ? `/${entry.file}` : null,
    };
    cached = { file, mtimeMs, assets };
    return assets;
  } catch {
    return { css: [], script: null };
  }
}
