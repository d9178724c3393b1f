import { z } from 'zod';
import { FindingKind, FindingStatus } from './finding.js';

/** Which target dates a findings list keeps: passed, today, within some days from today, or none set. */
export const FindingDue = z.enum(['overdue', 'today', 'within', 'none']);
export type FindingDue = z.infer<typeof FindingDue>;

/** What a findings list is ordered by. */
export const FindingSort = z.enum(['target_date', 'status', 'ref', 'report']);
export type FindingSort = z.infer<typeof FindingSort>;

export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/** The records lists the dashboard's queues link to. */
export const RecordQueue = z.enum([
  'awaiting_my_review',
  'changes_requested',
  'statutory_near',
  'statutory_passed',
]);
export type RecordQueue = z.infer<typeof RecordQueue>;

/** Rows on one page of the findings list. */
export const FINDINGS_PAGE_SIZE = 50;

/** "Due within N days" when the list names no number of days. */
export const DEFAULT_DUE_WITHIN_DAYS = 14;

/** A response's 56-day limit is "near" from this many days before its last day (packages/api/docs/queues.md). */
export const STATUTORY_NEAR_DAYS = 14;

const uuid = z.uuid('not an id');

/**
 * A findings list's filters, sort and page: what the admin app keeps in the URL, what
 * `findings.list` takes, and what a saved filter stores (without the page). Due filters other
 * than `none` keep only findings still open (not closed, superseded or no longer applicable),
 * as overdue is computed everywhere else.
 */
export const FindingsQuery = z.strictObject({
  status: z.array(FindingStatus).min(1).max(FindingStatus.options.length).optional(),
  kind: z.array(FindingKind).min(1).max(FindingKind.options.length).optional(),
  /** `me`, `nobody`, or a person's id. */
  owner: z.union([z.enum(['me', 'nobody']), uuid]).optional(),
  /** The owner's team label, as written (letter case aside). */
  team: z.string().trim().min(1, 'Enter a team, or leave it out').max(200).optional(),
  due: FindingDue.optional(),
  /** With `due: within`: today and this many days after it. */
  days: z.number().int().min(0).max(3660).optional(),
  organisationId: uuid.optional(),
  reportId: uuid.optional(),
  sort: FindingSort.optional(),
  dir: SortDirection.optional(),
  page: z.number().int().min(1).max(100_000).optional(),
});
export type FindingsQuery = z.infer<typeof FindingsQuery>;

/** What a saved filter keeps: the list's filters and sort, never its page. */
export const SavedFindingsQuery = FindingsQuery.omit({ page: true });
export type SavedFindingsQuery = z.infer<typeof SavedFindingsQuery>;
