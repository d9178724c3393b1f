import { project } from '@irr/vitest-config';

export default project('documents', {
  test: {
    // A ceiling for a hung test, not a speed check: turbo runs every package's tests at once on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
