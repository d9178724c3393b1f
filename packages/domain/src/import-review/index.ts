export * from './decisions.js';
export * from './apply-review.js';
export * from './match-report.js';
export * from './report-findings.js';
