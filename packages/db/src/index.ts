export * from './connection.js';
export * from './folder-lock.js';
export * as schema from './schema/index.js';
