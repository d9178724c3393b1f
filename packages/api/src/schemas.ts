import {
  CalendarDate,
  CauseOfConcernStatus,
  FindingStatus,
  FindingUpdate,
  InspectorateStatus,
  OrganisationKind,
  PublicationStatus,
  ResponseRecord,
} from '@irr/domain';
import { z } from 'zod';

/** Request and response shapes composed from the domain's schemas. */

export const Uuid = z.uuid();

/**
 * An instant in an answer: a Date from the database, an ISO 8601 string (UTC, `Z`) out of every
 * procedure. There is no transformer, so JSON carries strings and the output type says so, for the
 * apps, the portal's in-process caller, curl and other teams' scripts alike. Use cases return the
 * Dates (`z.input` of the output schema); the procedure's output parse turns them into strings.
 */
export const WireInstant = z.date().transform((d) => d.toISOString());

export const RowVersionInput = z.number().int().positive();

export const OrganisationSummary = z.object({
  id: Uuid,
  slug: z.string(),
  name: z.string(),
  kind: OrganisationKind,
});

const ReportSummary = z.object({
  id: Uuid,
  slug: z.string(),
  title: z.string(),
  type: z.string(),
  framework: z.string().nullable(),
  publishedOn: CalendarDate.nullable(),
});

const StatutoryDates = z.object({
  commentsRequestedOn: CalendarDate.nullable(),
  commentsDueOn: CalendarDate.nullable(),
  commentsReceivedOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  sentToHmicfrsOn: CalendarDate.nullable(),
  sentToHomeSecretaryOn: CalendarDate.nullable(),
  notRequiredReason: z.string().nullable(),
});

/**
 * What `records.setDates` takes: the dates an office records and the not-required reason, each
 * optional. "First published on" is derived from publication, never typed: naming it is refused.
 */
export const RecordedDatesPatch = z
  .strictObject({
    commentsRequestedOn: CalendarDate.nullable(),
    commentsDueOn: CalendarDate.nullable(),
    commentsReceivedOn: CalendarDate.nullable(),
    sentToHmicfrsOn: CalendarDate.nullable(),
    sentToHomeSecretaryOn: CalendarDate.nullable(),
    // Shown publicly: bounded like every other reason (the fuzz suite found it had no limit).
    notRequiredReason: z.string().max(2000).nullable(),
  })
  .partial();

const StaffUpdate = FindingUpdate.extend({ id: Uuid });

/** A finding's owner: a member of the record's organisation. */
export const FindingOwner = z.object({ id: Uuid, name: z.string() });

/** A finding as staff see it: the domain finding plus its tracking fields. */
const StaffFinding = z.object({
  id: Uuid,
  rowVersion: z.number().int(),
  ref: z.string(),
  /** The member responsible, by account; staff only, never published. */
  owner: FindingOwner.nullable(),
  /** A team label beside (or instead of) the owner; earlier free-text owners became these. */
  ownerTeam: z.string().nullable(),
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  causeStatus: CauseOfConcernStatus.nullable(),
  inspectorateStatus: InspectorateStatus.nullable(),
  status: FindingStatus,
  updates: z.array(StaffUpdate),
});

export const RecordListItem = z.object({
  id: Uuid,
  rowVersion: z.number().int(),
  status: PublicationStatus,
  draftVersion: z.number().int(),
  latestPublishedVersion: z.number().int().nullable(),
  organisation: OrganisationSummary,
  report: ReportSummary,
  updatedAt: WireInstant,
});

export const StaffRecord = RecordListItem.extend({
  /** The response's own slug: once published it is at `/forces/{organisation.slug}/responses/{slug}`. */
  slug: z.string(),
  lastEditorId: z.string().nullable(),
  changesRequestedReason: z.string().nullable(),
  dates: StatutoryDates,
  record: ResponseRecord,
  findings: z.array(StaffFinding),
  /**
   * The report's details as the record page edits them (records.get answers it): the version a
   * save names, whether this user may change them now, and why not, in their words.
   */
  reportDetails: z
    .object({
      rowVersion: z.number().int(),
      link: z.string().nullable(),
      /** A national report covers every force; otherwise `forces` names those it covers. */
      national: z.boolean(),
      forces: z.array(z.object({ slug: z.string(), name: z.string() })),
      mayEdit: z.boolean(),
      refusal: z.string().nullable(),
      publicationDateUnknownReason: z.string().nullable(),
    })
    .optional(),
});
/** What a use case returns: Dates, which the output schema turns into ISO strings. */
export type StaffRecord = z.input<typeof StaffRecord>;
