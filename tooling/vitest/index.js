import { defineProject } from 'vitest/config';

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
      ...overrides.test,
    },
  });
}
