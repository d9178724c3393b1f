import { base } from '@irr/eslint-config';

// scripts/ are a few lines of plain JavaScript for packing, outside the TypeScript project.
export default base(import.meta.dirname, [{ ignores: ['scripts/**'] }]);
