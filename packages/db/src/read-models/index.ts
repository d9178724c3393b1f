export * from './finding-history.js';
