import { z } from 'zod';
import { CalendarDate, Id, RichText, WebLink } from './common.js';

export const FindingKind = z.enum(['recommendation', 'cause_of_concern', 'area_for_improvement']);
export type FindingKind = z.infer<typeof FindingKind>;

/** Our progress status; see `lifecycle/finding-progress.ts` for the allowed moves. */
export const FindingStatus = z.enum([
  'not_started',
  'in_progress',
  'completed',
  'closed',
  'superseded',
  'no_longer_applicable',
]);
export type FindingStatus = z.infer<typeof FindingStatus>;

/** A cause of concern is closed by HMICFRS letter, apart from its recommendations. */
export const CauseOfConcernStatus = z.enum(['open', 'closed']);
export type CauseOfConcernStatus = z.infer<typeof CauseOfConcernStatus>;

/** Who wrote an update. */
export const UpdateAuthor = z.enum(['force', 'opcc', 'hmicfrs']);
export type UpdateAuthor = z.infer<typeof UpdateAuthor>;

export const Visibility = z.enum(['public', 'internal']);
export type Visibility = z.infer<typeof Visibility>;

/** How much of an update's date the source gave: a day, or only a month ("May 2025", stored as its 1st). */
export const DatePrecision = z.enum(['day', 'month']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A dated progress narrative ("Force Update" in the record format). Old records leave it undated. */
export const FindingUpdate = z.object({
  date: CalendarDate.nullable(),
  datePrecision: DatePrecision.default('day'),
  author: UpdateAuthor,
  visibility: Visibility,
  text: RichText.min(1),
});
export type FindingUpdate = z.infer<typeof FindingUpdate>;

export const AcceptancePosition = z.enum(['accepted', 'partially_accepted', 'not_accepted']);
export type AcceptancePosition = z.infer<typeof AcceptancePosition>;

/** The office's position on a recommendation and the s55(5B) explanation of action. */
export const Acceptance = z.object({
  position: AcceptancePosition,
  explanation: RichText,
});
export type Acceptance = z.infer<typeof Acceptance>;

export interface SubItem {
  text: string;
  children: SubItem[];
}
/** More parts than any report's finding has: a bound, so one list cannot grow without limit. */
export const MAX_SUB_ITEMS = 200;

/** A lettered or bulleted part of a finding; may nest. */
export const SubItem: z.ZodType<SubItem> = z.object({
  text: RichText.min(1),
  get children() {
    return z.array(SubItem).max(MAX_SUB_ITEMS);
  },
});

/** Where a finding sits in the report: a pillar and a question or area, as the record heads it. */
export const FindingGroup = z.object({
  pillar: z.string().min(1).max(200).nullable(),
  area: z.string().min(1).max(300).nullable(),
  /** Reference-data question id when the heading was recognised, e.g. `peel-2018-19/effectiveness/investigating-crime`. */
  questionId: z.string().max(120).nullable(),
});
export type FindingGroup = z.infer<typeof FindingGroup>;

/** HMICFRS's own status for a finding, as it gave it; an open list that only HMICFRS decides. */
export const InspectorateStatus = z.object({
  status: z.string().trim().min(1).max(100),
  on: CalendarDate,
  source: WebLink.nullable(),
});
export type InspectorateStatus = z.infer<typeof InspectorateStatus>;

/** The statuses HMICFRS's register has used: offered as suggestions, since the list stays open. */
export const INSPECTORATE_STATUS_SUGGESTIONS = [
  'Awaiting review',
  'Being progressed',
  'Complete',
  'No further action needed',
] as const;

/**
 * A finding as a response record holds it. `ref` is unique within the record and is how a
 * recommendation names its cause of concern; stored findings also get an `id`.
 */
export const Finding = z.object({
  ref: z.string().min(1).max(40),
  kind: FindingKind,
  /** The report's own numbering, when it gives one ("Recommendation 3"). */
  reference: z.string().max(40).nullable(),
  /** A heading the report gives the finding itself, as a cause of concern often has ("Crime data integrity"). */
  title: z.string().trim().min(1).max(300).nullable().default(null),
  text: RichText.min(1),
  subItems: z.array(SubItem).max(MAX_SUB_ITEMS),
  group: FindingGroup,
  /** "within six months", "not later than 31 March 2015". */
  deadlinePhrase: z.string().max(200).nullable(),
  /** For a recommendation issued under a cause of concern: that cause's `ref`. */
  causeOfConcernRef: z.string().max(40).nullable(),
  /** The finding this one continues or replaces, by id or by the report's reference. */
  supersedes: z.string().max(200).nullable(),
  acceptance: Acceptance.nullable(),
  /** Null where the record does not say; the importer then decides. */
  status: FindingStatus.nullable(),
  updates: z.array(FindingUpdate),
});
export type Finding = z.infer<typeof Finding>;

export const StoredFindingFields = z.object({
  id: Id,
  ownerUserId: Id.nullable(),
  ownerTeam: z.string().max(200).nullable(),
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  inspectorateStatus: InspectorateStatus.nullable(),
  causeStatus: CauseOfConcernStatus.nullable(),
});
