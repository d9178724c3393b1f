import { project } from '@irr/vitest-config';

export default project('api-client', {
  test: {
    // The test serves the API from a PGlite database made from the run's migrated template.
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    // A ceiling for a hung test, not a speed check: it builds and packs two packages and installs them
    // with npm, and turbo may run other packages' tests beside it on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
