import { defineProject } from 'vitest/config';

/**
 * Test files run two at a time even on a two-core machine (vitest's default there is one): most of a test's
 * time is spent waiting on PostgreSQL or a browser, so a second file overlaps that wait.
 */
const MAX_WORKERS = 2;

/**
 * Test files of a worker share its module graph (`isolate: false`): importing the api, the database layer and
 * zod again for every file was a fifth of a package's test time. Module-level state is keyed by database (the
 * public caches) or the same for every file (the API tests' prepared world), and no test mocks a module.
 *
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
      isolate: false,
      ...overrides.test,
    },
  });
}
