import { base } from '@irr/eslint-config';

export default base(import.meta.dirname);
