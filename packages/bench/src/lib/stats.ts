/** Percentile of a list of numbers (nearest-rank), in the list's unit. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The middle value (the lower middle of an even count, so it is one that was measured). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The item whose `key` is the median. */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}

export const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

/** A plain-text table: a header row and rows, columns padded to the widest cell. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    line(cells[0]!),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/**
 * The median time of `work`, run at least `runs` times and for at least `atLeastMs` in all: a single
 * sub-second run of an in-process parser swung 1x to 6x between runs on a shared machine.
 */
export async function medianTime<T>(
  work: () => Promise<T> | T,
  { runs = 3, atLeastMs = 2000 } = {},
): Promise<{ ms: number; last: T; runs: number }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let spent = 0; times.length < runs || spent < atLeastMs;) {
    const t0 = performance.now();
    last = await work();
    const ms = performance.now() - t0;
    times.push(ms);
    spent += ms;
  }
  return { ms: percentile(times, 50), last: last!, runs: times.length };
}
