import { project } from '@irr/vitest-config';

// Unit tests beside the code; end-to-end tests in e2e/ start the real server and Debian's Chromium.
export default project('public', {
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Prepared data folders (migrated, people, seed) shared by this run's browser tests.
    globalSetup: ['../../tooling/e2e/src/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits up to a second by default: a save seen later than that on a loaded machine failed
    // (CI 2026-12-06). A ceiling for waiting on the browser, not a speed check.
    expect: { poll: { timeout: 15_000 } },
  },
});
