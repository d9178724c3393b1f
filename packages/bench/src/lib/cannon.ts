import autocannon from 'autocannon';
import { percentile, round } from './stats.js';

export interface Measured {
  label: string;
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/**
 * Run autocannon against one URL and compute the percentiles from every response time it saw
 * (autocannon's own summary has no p95).
 */
export async function measure(
  label: string,
  url: string,
  options: {
    connections: number;
    durationS: number;
    headers?: Record<string, string>;
    /** Paths on the URL's origin to cycle through instead of the URL's own. */
    paths?: string[];
  },
): Promise<Measured> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.durationS,
    headers: options.headers ?? {},
    ...(options.paths && { requests: options.paths.map((path) => ({ method: 'GET', path })) }),
  });
  void instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    times.push(ms);
  });
  const result = await instance;
  return {
    label,
    connections: options.connections,
    durationS: options.durationS,
    requests: result.requests.total,
    rps: round(result.requests.total / options.durationS, 0),
    p50: round(percentile(times, 50), 2),
    p95: round(percentile(times, 95), 2),
    p99: round(percentile(times, 99), 2),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Warm a URL (JIT, caches, connection pool) before it is measured. */
export async function warm(
  url: string,
  n = 50,
  headers: Record<string, string> = {},
): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
  }
}
