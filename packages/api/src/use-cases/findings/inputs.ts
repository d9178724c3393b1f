import {
  Acceptance,
  CalendarDate,
  FindingGroup,
  FindingKind,
  FindingStatus,
  FindingUpdate,
  InspectorateStatus,
  SubItem,
  Visibility,
  WebLink,
} from '@irr/domain';
import { z } from 'zod';
import { RowVersionInput, Uuid } from '../../schemas.js';

/** What the findings' procedures accept: the tRPC layer validates with these, the use cases take their output. */

const FindingText = z.string().min(1).max(200_000);

/** A finding's own heading, or null for none; no default here, so a patch without it keeps it. */
const FindingTitle = z
  .string()
  .trim()
  .min(1, 'Enter a title, or leave it out')
  .max(300, 'A title is at most 300 characters')
  .nullable();

export const AddFindingInput = z.object({
  recordId: Uuid,
  rowVersion: RowVersionInput,
  kind: FindingKind,
  text: FindingText,
  group: FindingGroup,
  reference: z.string().max(40).nullable().default(null),
  title: FindingTitle.default(null),
  deadlinePhrase: z.string().max(200).nullable().default(null),
});
export type AddFindingInput = z.output<typeof AddFindingInput>;

export const ReorderFindingsInput = z.object({
  recordId: Uuid,
  rowVersion: RowVersionInput,
  order: z.array(Uuid).max(5000),
});
export type ReorderFindingsInput = z.output<typeof ReorderFindingsInput>;

const FindingContentPatch = z
  .object({
    text: FindingText,
    subItems: z.array(SubItem).max(100),
    group: FindingGroup,
    reference: z.string().max(40).nullable(),
    title: FindingTitle,
    deadlinePhrase: z.string().max(200).nullable(),
    supersedes: z.string().max(200).nullable(),
    acceptance: Acceptance.nullable(),
  })
  .partial();

export const UpdateFindingContentInput = z.object({
  findingId: Uuid,
  rowVersion: RowVersionInput,
  patch: FindingContentPatch,
});
export type UpdateFindingContentInput = z.output<typeof UpdateFindingContentInput>;

/** Who may read a piece of text a user writes: their explicit choice, internal (staff only) unless they chose public. */
const ChosenVisibility = Visibility.default('internal');

export const AddFindingUpdateInput = z.object({
  findingId: Uuid,
  update: FindingUpdate.extend({
    date: CalendarDate.nullable().default(null),
    visibility: ChosenVisibility,
  }),
});
export type AddFindingUpdateInput = z.output<typeof AddFindingUpdateInput>;

export const TransitionFindingInput = z.object({
  findingId: Uuid,
  rowVersion: RowVersionInput,
  to: FindingStatus,
  reason: z.string().max(2000).optional(),
  finalUpdate: z.string().max(200_000).optional(),
  supersededBy: z.string().max(200).optional(),
  closure: z.object({ basis: z.enum(['assured', 'hmicfrs']) }).optional(),
  /** Who may read the text given with the move: its reason and its final update. */
  visibility: ChosenVisibility,
});
export type TransitionFindingInput = z.output<typeof TransitionFindingInput>;

export const SetTargetDateInput = z.object({
  findingId: Uuid,
  rowVersion: RowVersionInput,
  to: CalendarDate,
  reason: z.string().max(2000).optional(),
  /** Who may read the reason for the revision. */
  visibility: ChosenVisibility,
});
export type SetTargetDateInput = z.output<typeof SetTargetDateInput>;

export const CloseCauseOfConcernInput = z.object({
  findingId: Uuid,
  rowVersion: RowVersionInput,
  letterDate: CalendarDate,
  letterLink: WebLink,
});
export type CloseCauseOfConcernInput = z.output<typeof CloseCauseOfConcernInput>;

/** HMICFRS's status as it gave it, or null to clear it; the finding's version guards the change. */
export const SetInspectorateStatusInput = z.object({
  findingId: Uuid,
  rowVersion: RowVersionInput,
  inspectorateStatus: InspectorateStatus.nullable(),
});
export type SetInspectorateStatusInput = z.output<typeof SetInspectorateStatusInput>;
