import type { Role } from '../model/index.js';
import type { FindingSchedule } from './finding-schedule.js';

/**
 * The role needed to set a finding's target date: an editor sets the first one, as the owner
 * plans the work; moving a date once set is slippage, which an approver must accept.
 */
export function roleToSetTargetDate(
  schedule: Pick<FindingSchedule, 'originalTargetDate' | 'targetDate'>,
): Role {
  return (schedule.targetDate ?? schedule.originalTargetDate) === null ? 'editor' : 'approver';
}
