export type RecordRuleCode =
  | 'DUPLICATE_FINDING_REF'
  | 'CAUSE_WITHOUT_RECOMMENDATION'
  | 'UNKNOWN_CAUSE_OF_CONCERN'
  | 'CAUSE_REF_NOT_RECOMMENDATION'
  | 'ACCEPTANCE_NOT_RECOMMENDATION'
  | 'GRADE_NOT_IN_SCALE'
  | 'UNKNOWN_GRADE_PILLAR'
  | 'PILLAR_NOT_GRADED';

/** A rule a whole record breaks; `path` points into the record, `ref` names the finding if one is at fault. */
export interface RecordRuleViolation {
  code: RecordRuleCode;
  severity: 'error' | 'warning';
  message: string;
  path: string;
  ref?: string;
}
