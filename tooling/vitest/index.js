import { defineProject } from 'vitest/config';

/**
 * Test files run two at a time even on a two-core machine (vitest's default there is one): most of a test's
 * time is spent waiting on PostgreSQL or a browser, so a second file overlaps that wait.
 */
const MAX_WORKERS = 2;

/**
 * The shared test config. In-repo packages resolve each other's `src/` through the
 * `@irr/source` export condition, so tests never wait for a build.
 */
export function project(name, overrides = {}) {
  return defineProject({
    resolve: { conditions: ['@irr/source'] },
    ssr: { resolve: { conditions: ['@irr/source'] } },
    ...overrides,
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      setupFiles: [new URL('./setup.js', import.meta.url).pathname],
      maxWorkers: MAX_WORKERS,
      ...overrides.test,
    },
  });
}
