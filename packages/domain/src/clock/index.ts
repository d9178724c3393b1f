export {
  addDays,
  compareDates,
  daysBetween,
  isValidCalendarDate,
  londonDateOf,
} from './calendar-date.js';
export { formatLongDate, parseHumanDate } from './human-date.js';
export { formatDateToPrecision, startOfMonth } from './date-to-precision.js';
export {
  S55_PUBLICATION_PERIOD_DAYS,
  S55_TIME_LIMIT_COMMENCED_ON,
  computeStatutoryClock,
  s55PublicationDueOn,
} from './statutory-clock.js';
export { StatutoryClockInput } from './statutory-clock-input.js';
export {
  NoTimeLimitReason,
  ReportResponseState,
  reportResponseState,
  type ReportResponseFacts,
} from './report-response-state.js';
export {
  publicationSummary,
  publishedOnTime,
  type PublicationSummary,
} from './publication-summary.js';
export type {
  ChiefOfficerCommentsState,
  S55PublicationState,
  StatutoryClock,
  StatutoryClockErrorCode,
  StatutoryClockOptions,
} from './statutory-clock.js';
export {
  FindingSchedule,
  TargetDateRevision,
  isDueSoon,
  isFinished,
  isOverdue,
  reviseTargetDate,
  slippageDays,
} from './finding-schedule.js';
export { roleToSetTargetDate } from './target-date-role.js';
export type {
  ScheduleError,
  ScheduleErrorCode,
  ScheduledFinding,
  TargetDateChange,
} from './finding-schedule.js';
export {
  RecordedDateField,
  dateCorrections,
  roleToSetRecordedDates,
  type DateCorrection,
} from './recorded-dates.js';
export {
  complianceByYear,
  complianceFigures,
  inPeriod,
  type ComplianceFigures,
  type ComplianceFinding,
  type CompliancePeriod,
  type ComplianceResponse,
} from './compliance.js';
