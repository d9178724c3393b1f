import { project } from '@irr/vitest-config';

export default project('api', {
  test: {
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    // A ceiling for a hung test, not a speed check: turbo runs every package's tests at once on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
