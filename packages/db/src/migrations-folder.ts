import { fileURLToPath } from 'node:url';

/**
 * Where the SQL migrations are. Its own module so vitest's global setup can migrate without loading the
 * schema, which imports the domain at run time (global setup does not resolve the `@irr/source` condition).
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));
