export { validateRecord } from './validate-record.js';
export type { RecordRuleCode, RecordRuleViolation } from './violation.js';
export { FINDING_REF_PREFIX, nextFindingRef } from './finding-refs.js';
export { publicRecord } from './public-record.js';
export { findMalformedInput, isWellFormedText } from './well-formed-input.js';
