export * from './organisations.js';
export * from './users.js';
export * from './reports.js';
export * from './records.js';
export * from './findings.js';
export * from './audit.js';
export * from './rate-limits.js';
export * from './pending-imports.js';
