export * from './connection.js';
export * from './folder-lock.js';
export * from './generation.js';
export type { PublicGenerationWatch, PublicGenerationWatchOptions } from './generation-watch.js';
export * from './applied-migrations.js';
export * as schema from './schema/index.js';
export * from './serving-role.js';
