import { compareDates, type FindingKind, type Grade, type InspectionType } from '@irr/domain';
import type { Theme } from './phrases.js';

/** Where a finding ends up: every progress status, plus the detours (reopened, sent back). */
export type FindingFate =
  | 'not_started'
  | 'in_progress'
  | 'completed'
  | 'closed'
  | 'reopened'
  | 'not_assured'
  | 'superseded'
  | 'no_longer_applicable';

/** Where a response record ends up in the publication lifecycle. */
export type RecordFate =
  | 'draft'
  | 'changes_requested'
  | 'in_review'
  | 'approved'
  | 'published'
  | 'published_late'
  | 'withdrawn'
  | 'republished'
  | 'new_version_draft'
  /** A draft the office marked as needing no response (so the register of reports says "not required"). */
  | 'not_required';

export interface FindingPlan {
  kind: FindingKind;
  theme: Theme;
  pillar: string | null;
  area: string | null;
  fate: FindingFate;
  /** Move the target date: to a later date still passed (slipped, overdue) or to one ahead. */
  revise?: 'slipped' | 'ahead';
}

export interface ReportPlan {
  title: string;
  type: InspectionType;
  publishedOn: string;
  link: string;
}

export interface RecordPlan {
  force: string;
  report: ReportPlan;
  grades: Grade[];
  /** For the seed record: the fate of each of its findings, in order; its text comes from the file. */
  findings: FindingPlan[] | FindingFate[];
  fate: RecordFate;
}

/** The forces the demo covers, by reference-list slug. */
export const DEMO_FORCES = ['staffordshire', 'west-midlands', 'cumbria', 'gwent'] as const;

/** Nothing in the demo happens after this day, so every run tells the same story. */
export const DEMO_LAST_DAY = '2026-11-20';

export function capDay(date: string): string {
  return compareDates(date, DEMO_LAST_DAY) > 0 ? DEMO_LAST_DAY : date;
}
