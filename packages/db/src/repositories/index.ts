export * from './audit.js';
export * from './organisations.js';
export * from './records.js';
export * from './slugs.js';
export * from './versioned.js';
export * from './import-record.js';
export * from './findings.js';
export * from './record-versions.js';
