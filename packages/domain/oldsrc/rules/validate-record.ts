import type { ResponseRecord } from '../model/index.js';
import { getFramework } from '../reference/index.js';
import { findingRules } from './finding-rules.js';
import { gradeRules } from './grade-rules.js';
import type { RecordRuleViolation } from './violation.js';

/**
 * The rules a response record must keep beyond its schema. Errors make the record wrong (a cause
 * of concern with no recommendation); warnings make it doubtful (a pillar the framework lacks).
 * Grades are checked only when the record names a framework we hold.
 */
export function validateRecord(record: ResponseRecord): RecordRuleViolation[] {
  const framework = record.report.framework === null ? null : getFramework(record.report.framework);
  return [
    ...findingRules(record.findings),
    ...(framework ? gradeRules(record.grades, framework) : []),
  ];
}
