export * from './audit.js';
export * from './dashboard.js';
export * from './staff-search.js';
