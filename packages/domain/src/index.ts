export * from './model/index.js';
export * from './result.js';
export * from './rich-text/index.js';
export * from './clock/index.js';
export * from './reference/index.js';
export * from './rules/index.js';
export * from './lifecycle/index.js';
export * from './codec/index.js';
