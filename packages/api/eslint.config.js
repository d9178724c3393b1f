import { base, noSqlOutsideDb } from '@irr/eslint-config';

export default base(import.meta.dirname, [noSqlOutsideDb]);
