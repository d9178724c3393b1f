export * from './finding-history.js';
export * from './text-search.js';
export * from './public-organisations.js';
export * from './public-responses.js';
export * from './public-findings.js';
export * from './public-tracking.js';
export * from './public-search.js';
export * from './public-feed.js';
