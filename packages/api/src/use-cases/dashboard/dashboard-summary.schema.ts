import { FindingKind, FindingStatus, PublicationStatus } from '@irr/domain';
import { z } from 'zod';
import { FindingOwner, Uuid, WireInstant } from '../../schemas.js';
import { AuditTarget } from '../audit/audit-row.schema.js';

export const DashboardClock = z.object({
  recordId: Uuid,
  organisationName: z.string(),
  reportTitle: z.string(),
  status: PublicationStatus,
  publicationDueOn: z.string().nullable(),
  daysRemaining: z.number().int().nullable(),
  publicationState: z.string(),
  commentsDueOn: z.string().nullable(),
  commentsState: z.string(),
  commentsDaysRemaining: z.number().int().nullable(),
  /** The clock could not be computed from what is recorded (e.g. dates in the wrong order). */
  problem: z.string().nullable(),
});
export type DashboardClock = z.infer<typeof DashboardClock>;

export const DueFinding = z.object({
  findingId: Uuid,
  recordId: Uuid,
  ref: z.string(),
  kind: FindingKind,
  /** The finding's own heading, if the report gives it one. */
  title: z.string().nullable(),
  status: FindingStatus,
  owner: FindingOwner.nullable(),
  ownerTeam: z.string().nullable(),
  targetDate: z.string(),
  reportTitle: z.string(),
});
export type DueFinding = z.infer<typeof DueFinding>;

const Activity = z.object({
  id: z.number().int(),
  at: WireInstant,
  actor: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** Which record or finding (or person...) it was about, by name, with the ids a link needs. */
  target: AuditTarget,
});

export const DashboardSummaryInput = z.object({ organisationId: Uuid.optional() }).default({});
export type DashboardSummaryInput = z.infer<typeof DashboardSummaryInput>;

/** The dashboard's queues: counts, each the size of the filtered list it links to (docs/queues.md). */
export const DashboardQueues = z.object({
  awaitingMyReview: z.number().int(),
  changesRequested: z.number().int(),
  myFindings: z.object({
    dueWithin45: z.number().int(),
    dueWithin14: z.number().int(),
    dueToday: z.number().int(),
    overdue: z.number().int(),
  }),
  statutoryNear: z.number().int(),
  statutoryPassed: z.number().int(),
});
export type DashboardQueues = z.infer<typeof DashboardQueues>;

/** What needs attention now, across the organisations the person may read. */
export const DashboardSummary = z.object({
  today: z.string(),
  queues: DashboardQueues,
  clocks: z.array(DashboardClock),
  /** The lists below are cut to their first 50; these are their whole sizes. */
  dueTotals: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    mine: z.number().int(),
  }),
  overdue: z.array(DueFinding),
  dueSoon: z.array(DueFinding),
  byStatus: z.array(z.object({ status: FindingStatus, count: z.number().int() })),
  byKind: z.array(z.object({ kind: FindingKind, count: z.number().int() })),
  mine: z.array(DueFinding),
  activity: z.array(Activity),
});
export type DashboardSummary = z.input<typeof DashboardSummary>;
