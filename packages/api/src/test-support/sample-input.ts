import type { z } from 'zod';

/** The parts of a zod 4 schema's definition a sample is built from. */
interface Def {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (s: z.ZodType) => (s as unknown as { _zod: { bag: { minimum?: number } } })._zod.bag;

/**
 * A valid-looking input for a procedure, built from its input schema alone, so a procedure added
 * tomorrow gets one too. Ids come from `ids` by field name (recordId, findingId...), so a call gets
 * as far into the use case as a real one. The fuzz suites start from it and change one string.
 */
export function sampleInput(
  schema: z.ZodType,
  ids: Readonly<Record<string, string>>,
  key = '',
  depth = 0,
): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape!).map(([k, v]) => [k, sampleInput(v, ids, k, depth + 1)]),
      );
    case 'array':
      // Recursive shapes (sub-items) stop a few levels down.
      return depth > 6 ? [] : [sampleInput(def.element!, ids, key, depth + 1)];
    case 'string':
      if (def.format === 'uuid') return ids[key] ?? '00000000-0000-4000-8000-000000000000';
      if (def.format === 'email') return 'someone@example.org';
      if (def.format === 'url') return 'https://example.org/page';
      if (def.format === 'date') return '2026-01-15';
      return 'sample';
    case 'number':
      return Math.max(1, bagOf(schema).minimum ?? 1);
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'literal':
      return def.values![0];
    case 'union':
      return sampleInput(def.options![0]!, ids, key, depth);
    case 'pipe':
      return sampleInput(def.in!, ids, key, depth);
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
      return sampleInput(def.innerType!, ids, key, depth);
    default:
      return undefined;
  }
}

type Path = (string | number)[];

/** Where the strings of an input are, the input itself first when it is one. */
export function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    stringPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

/** A copy of `value` with the string at `path` replaced (the whole value for the empty path). */
export function withStringAt(value: unknown, path: Path, text: string): unknown {
  if (path.length === 0) return text;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = text;
  return copy;
}
