import type { FindingsQuery } from './findings-query.js';

// Apart from the schemas: the staff app's dashboard reads these on its first screen, and importing
// them must not build zod schemas there (the first load stays small).

/** Thresholds of "my findings" on the dashboard (issue 16: 45, 14 and 0 days, and overdue). */
export const MY_FINDINGS_DUE_WITHIN = [45, 14] as const;

/**
 * The dashboard's queues of the asker's own findings, each the exact findings-list query its count
 * links to, so the count and the list it opens cannot disagree.
 */
export const MY_FINDINGS_QUEUES = {
  dueWithin45: { owner: 'me', due: 'within', days: MY_FINDINGS_DUE_WITHIN[0] },
  dueWithin14: { owner: 'me', due: 'within', days: MY_FINDINGS_DUE_WITHIN[1] },
  dueToday: { owner: 'me', due: 'today' },
  overdue: { owner: 'me', due: 'overdue', sort: 'target_date', dir: 'asc' },
} as const satisfies Record<string, FindingsQuery>;
export type MyFindingsQueue = keyof typeof MY_FINDINGS_QUEUES;
