import { base } from '@irr/eslint-config';

// require.cjs and scripts/ are a few lines of plain JavaScript for packing and CommonJS callers,
// outside the TypeScript project the type-aware rules read.
export default base(import.meta.dirname, [{ ignores: ['require.cjs', 'scripts/**'] }]);
