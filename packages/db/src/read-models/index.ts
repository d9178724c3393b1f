export * from './record-list.js';
export * from './record-versions.js';
