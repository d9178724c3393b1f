import { performance } from 'node:perf_hooks';
import { sanitizeRichText, tokenizeHtml } from '@irr/domain';
import {
  SANITIZE_MEGABYTE_INPUTS,
  TOKENIZER_MEGABYTE_INPUTS,
} from '../../domain/src/rich-text/test-support/megabyte-inputs.js';
import { writeResult } from './lib/results.js';
import { round, table } from './lib/stats.js';

/**
 * `pnpm bench rich-text`: the sanitiser and the tokenizer on the megabyte inputs the domain's tests
 * check for correctness (they were timed assertions there). Each input is also timed at a tenth of
 * its length in the same run: linear work grows about 10x from that tenth to the whole, quadratic
 * work about 100x, so the growth column says more than the absolute times on a busy machine.
 */
export function richTextBench(runs: number): void {
  const rows = [
    ...SANITIZE_MEGABYTE_INPUTS.map(([name, html]) =>
      measure('sanitizeRichText', name, html, runs, (s) => void sanitizeRichText(s)),
    ),
    ...TOKENIZER_MEGABYTE_INPUTS.map(([name, html]) =>
      measure('tokenizeHtml', name, html, runs, (s) => void tokenizeHtml(s)),
    ),
  ];
  console.log(
    `Rich text on megabyte inputs: median of ${runs} run(s) each, node ${process.version}\n`,
  );
  console.log(
    table(
      ['input', 'tenth ms', 'whole ms', 'growth', 'MB/s'],
      rows.map((r) => [`${r.fn}: ${r.input}`, r.tenthMs, r.wholeMs, `${r.growth}x`, r.mbPerS]),
    ),
  );
  console.log(`\nwrote ${writeResult('rich-text', { runs, rows })}`);
}

function measure(
  fn: string,
  input: string,
  html: string,
  runs: number,
  work: (html: string) => void,
) {
  const tenthMs = median(html.slice(0, Math.floor(html.length / 10)), runs, work);
  const wholeMs = median(html, runs, work);
  return {
    fn,
    input,
    bytes: html.length,
    tenthMs: round(tenthMs),
    wholeMs: round(wholeMs),
    growth: round(wholeMs / tenthMs),
    mbPerS: round(html.length / 1e6 / (wholeMs / 1000)),
  };
}

function median(html: string, runs: number, work: (html: string) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work(html);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
