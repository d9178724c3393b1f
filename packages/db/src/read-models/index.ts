export * from './members.js';
export * from './register-records.js';
