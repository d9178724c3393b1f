export * from './connection.js';
export * from './folder-lock.js';
export * from './generation.js';
export * from './applied-migrations.js';
export * as schema from './schema/index.js';
export * from './serving-role.js';
