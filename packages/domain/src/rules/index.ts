export { validateRecord } from './validate-record.js';
export type { RecordRuleCode, RecordRuleViolation } from './violation.js';
