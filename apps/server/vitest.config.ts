import { project } from '@irr/vitest-config';

export default project('server', {
  test: {
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    // Ceilings for a hung test, not speed checks: turbo runs every package at once on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
