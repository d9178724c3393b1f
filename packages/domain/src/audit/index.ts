export * from './audit-changes.js';
