export type { LifecycleError, LifecycleErrorCode } from './errors.js';
export type { LifecycleMove, LifecycleTransition } from './transition-table.js';
export {
  FINDING_TRANSITIONS,
  allowedFindingTransitions,
  checkFindingTransition,
  isOpenFindingStatus,
} from './finding-progress.js';
export type {
  FindingClosureBasis,
  FindingEvent,
  FindingGuard,
  FindingTransition,
  FindingTransitionInput,
  OpenFindingStatus,
} from './finding-progress.js';
export {
  PUBLICATION_TRANSITIONS,
  allowedPublicationTransitions,
  checkPublicationTransition,
} from './publication.js';
export { publicationReadiness } from './publication-readiness.js';
export type {
  PublicationReadiness,
  PublicationReadinessInput,
  ReadinessFinding,
  ReadinessItem,
  ReadinessSeverity,
} from './publication-readiness.js';
export type {
  PublicationEvent,
  PublicationGuard,
  PublicationTransition,
  PublicationTransitionInput,
} from './publication.js';
export type { PublicationFinding } from './acceptance-check.js';
export {
  CAUSE_OF_CONCERN_TRANSITIONS,
  allowedCauseOfConcernTransitions,
  checkCauseOfConcernClosure,
} from './cause-of-concern.js';
export type {
  CauseOfConcernEvent,
  CauseOfConcernGuard,
  CauseOfConcernTransition,
  CauseOfConcernTransitionInput,
} from './cause-of-concern.js';
export { checkRecordEditable, type RecordEdit } from './record-editing.js';
export * from './publication-effects.js';
export * from './record-import.js';
export { NOT_VERSION_CHANGES, trackingChangeEffect } from './version-review.js';
export {
  ReportDetailField,
  reportDetailCorrections,
  reportDetailsAuthority,
  reportDetailsEditor,
  type ReportDetailCorrection,
  type ReportDetailsAuthority,
  type ReportDetailsEditInput,
  type ReportDetailsErrorCode,
} from './report-details.js';
