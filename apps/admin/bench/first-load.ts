/**
 * First-load JavaScript of the built app, per page: the entry chunk, the chunks index.html preloads, and
 * the page's own chunk with every chunk it imports statically, each gzipped at level 9 and summed (each
 * chunk counted once). Reads dist/, so build first. Prints figures; asserts nothing (issue 18: ≤ 100 KB).
 * Run: pnpm --filter @irr/admin build && pnpm --filter @irr/admin bench:first-load
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const assets = join(import.meta.dirname, '../dist/assets');
const html = readFileSync(join(import.meta.dirname, '../dist/index.html'), 'utf8');
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));

const gzKb = (file: string) =>
  gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024;

/** The chunks a chunk imports statically (`import … from "./x.js"` or `import "./x.js"`), not `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(assets, file), 'utf8');
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g);
  return [...found].map((m) => m[1]!);
}

function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return seen;
}

const fromHtml = [...html.matchAll(/(?:src|href)="\/admin\/assets\/([\w.-]+\.js)"/g)].map(
  (m) => m[1]!,
);
const chunkOf = (page: string) => {
  const file = files.find((f) => new RegExp(`^${page}-[\\w-]+\\.js$`).test(f));
  if (!file) throw new Error(`no chunk for the ${page} page in dist/assets`);
  return file;
};

const shell = closure(fromHtml);
const rows = ['SignIn', 'Dashboard', 'Records', 'Findings', 'RecordEditor'].map((page) => {
  const all = closure([...fromHtml, chunkOf(page)]);
  const kb = (set: Set<string>) => [...set].reduce((sum, f) => sum + gzKb(f), 0);
  return {
    page,
    'shell KB gz': +kb(shell).toFixed(1),
    'page KB gz': +(kb(all) - kb(shell)).toFixed(1),
    'first load KB gz': +kb(all).toFixed(1),
    chunks: all.size,
  };
});
console.table(rows);
for (const f of [...shell].sort((a, b) => gzKb(b) - gzKb(a)))
  console.log(`  shell: ${f} ${gzKb(f).toFixed(1)} KB gz`);
