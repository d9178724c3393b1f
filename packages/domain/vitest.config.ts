import { project } from '@irr/vitest-config';

export default project('domain', {
  test: {
    // A ceiling for a hung test, not a speed check: property tests are bounded by their run count
    // (fast-check `numRuns`), and turbo may run other packages' tests beside these on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
