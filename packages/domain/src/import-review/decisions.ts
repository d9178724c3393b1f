import { z } from 'zod';
import { CalendarDate, Id } from '../model/common.js';
import { FindingKind, Visibility } from '../model/finding.js';

/** Where the user puts a block of the source the parser could not place. */
export const BlockPlacement = z.enum([
  'finding_text',
  'update',
  'commissioner_comments',
  'chief_officer_comments',
  'heading',
  'drop',
]);
export type BlockPlacement = z.infer<typeof BlockPlacement>;

/** Header fields the user may correct while reviewing an import. */
export const ReviewHeaderField = z.enum([
  'reportTitle',
  'publishedOn',
  'link',
  'type',
  'organisation',
  'commissioner',
  'chiefOfficer',
  'documentVersion',
]);
export type ReviewHeaderField = z.infer<typeof ReviewHeaderField>;

const FindingRef = z.string().min(1).max(40);

/**
 * One choice the user made while reviewing an import, before anything is saved. A review is a list of
 * them applied in order to the parser's draft (`applyImportReview`), so the draft can always be
 * rebuilt from the source and the choices, and the audit log keeps what the user decided and why.
 */
export const ImportDecision = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('place_block'),
    /** The unplaced block, by the line it starts on (its UNPLACED_TEXT diagnostic's line). */
    line: z.number().int().positive(),
    as: BlockPlacement,
    /** For `finding_text` and `update`: the finding the block belongs to. */
    findingRef: FindingRef.optional(),
    /** For `update`: the update's date (null where the source gives none). */
    updateDate: CalendarDate.nullable().optional(),
    /** For `update`: public or internal, always the user's explicit choice. */
    visibility: Visibility.optional(),
    /** For `drop`: why the text is not part of the response (kept in the audit log). */
    reason: z.string().trim().min(1).max(500).optional(),
  }),
  z.object({
    kind: z.literal('finding'),
    ref: FindingRef,
    findingKind: FindingKind.optional(),
    /** For a recommendation: the cause of concern it sits under, or null for none. */
    causeOfConcernRef: FindingRef.nullable().optional(),
  }),
  z.object({
    kind: z.literal('header'),
    field: ReviewHeaderField,
    /** The corrected value as the user typed it ('' clears an optional field). */
    value: z.string().max(2000),
  }),
  z.object({
    kind: z.literal('report'),
    /** The user's answer to "is this the same inspection as …?": that report, or null for a new one. */
    reportId: Id.nullable(),
  }),
  z.object({
    kind: z.literal('report_finding'),
    ref: FindingRef,
    /**
     * The user's answer to "is this the national report's recommendation of the same number, though worded
     * differently?": the same (linked to it) or a different one (left unlinked).
     */
    same: z.boolean(),
  }),
]);
export type ImportDecision = z.infer<typeof ImportDecision>;

/** A review's choices: bounded, so one pending import cannot grow without limit. */
export const ImportDecisions = z.array(ImportDecision).max(2000);
