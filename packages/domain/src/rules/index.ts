export { validateRecord } from './validate-record.js';
export type { RecordRuleCode, RecordRuleViolation } from './violation.js';
export { FINDING_REF_PREFIX, nextFindingRef } from './finding-refs.js';
export { publicRecord } from './public-record.js';
export { OWNER_ROLE, ownerRefusal, type OwnerCandidate } from './finding-owner.js';
export { findMalformedInput, isWellFormedText } from './well-formed-input.js';
