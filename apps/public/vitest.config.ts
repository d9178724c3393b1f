import { project } from '@irr/vitest-config';

// Unit tests beside the code; end-to-end tests in e2e/ start the real server and Debian's Chromium.
export default project('public', {
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Prepared data folders (migrated, people, seed) shared by this run's browser tests.
    globalSetup: ['../../tooling/e2e/src/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
