import {
  FindingKind,
  ImportDecision,
  ImportDecisions,
  PublicationStatus,
  RecordDiagnostic,
  ResponseRecord,
} from '@irr/domain';
import { z } from 'zod';
import { RowVersionInput, Uuid, WireInstant } from '../schemas.js';
import { confirmBatch } from '../use-cases/imports/confirm-batch.js';
import { confirmImport } from '../use-cases/imports/confirm-import.js';
import { decideImport } from '../use-cases/imports/decide-import.js';
import { discardImport } from '../use-cases/imports/discard-import.js';
import { listMyImports } from '../use-cases/imports/list-my-imports.js';
import { readBatch } from '../use-cases/imports/read-batch.js';
import { readPendingImport } from '../use-cases/imports/read-pending-import.js';
import { stageImport } from '../use-cases/imports/stage-import.js';
import { router, staffProcedure } from '../trpc.js';
import { MAX_IMPORT_BYTES, fileBytes } from './import-input.js';

const FileName = z.string().trim().min(1).max(255);

const StageInput = z.union([
  z.object({
    /** A file as it is on disk (Word, PDF, web page or record text), read on the server. */
    file: z.object({ name: FileName, base64: z.base64() }),
    batchId: Uuid.optional(),
  }),
  z.object({
    text: z
      .string()
      .max(MAX_IMPORT_BYTES, `Imports are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
    fileName: FileName.optional(),
    batchId: Uuid.optional(),
  }),
]);

const MeetingReport = z.object({
  id: z.string(),
  title: z.string(),
  publishedOn: z.string().nullable(),
  link: z.string().nullable(),
});

const MeetingChoice = z.enum(['open', 'create', 'replace_draft', 'next_version']);

/** An import that meets a report already held: which, the organisation's record for it, and the choices. */
const Meeting = z.object({
  match: z.enum(['same', 'near']),
  why: z.string(),
  report: MeetingReport,
  candidates: z.array(MeetingReport),
  record: z
    .object({
      id: z.string(),
      status: PublicationStatus,
      draftVersion: z.number().int(),
      latestPublishedVersion: z.number().int().nullable(),
      rowVersion: z.number().int(),
    })
    .nullable(),
  choices: z.array(MeetingChoice),
});

const PendingImportSummary = z.object({
  id: z.string(),
  batchId: z.string(),
  fileName: z.string(),
  format: z.enum(['docx', 'pdf', 'html', 'record-text', 'unknown']),
  startLine: z.number().int(),
  endLine: z.number().int(),
  status: z.enum(['pending', 'imported', 'discarded']),
  organisation: z.string().nullable(),
  reportTitle: z.string().nullable(),
  findings: z.number().int(),
  updates: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  unplaced: z.number().int(),
  /** The review is ok and nothing is left to ask (no near match, no national finding's wording unanswered). */
  ready: z.boolean(),
  meeting: Meeting.nullable(),
  /** Findings numbered as the national report's but worded differently: is each the same recommendation? */
  reportFindingQuestions: z.array(
    z.object({
      ref: z.string(),
      kind: FindingKind,
      number: z.string(),
      heldText: z.string(),
      text: z.string(),
    }),
  ),
  resultRecordId: z.string().nullable(),
  expiresAt: WireInstant,
});

const UnplacedBlock = z.object({ line: z.number().int(), field: z.string(), text: z.string() });

const PendingImportView = PendingImportSummary.extend({
  rowVersion: z.number().int(),
  /** The record text's lines, numbered as in the file, with a document's page and paragraph. */
  source: z.array(
    z.object({
      no: z.number().int(),
      text: z.string(),
      page: z.number().int().nullable(),
      paragraph: z.number().int().nullable(),
    }),
  ),
  decisions: z.array(ImportDecision),
  reviewed: z.object({
    record: ResponseRecord.nullable(),
    diagnostics: z.array(RecordDiagnostic),
    unplaced: z.array(UnplacedBlock),
    ok: z.boolean(),
  }),
  findingLines: z.record(z.string(), z.number().int()),
  /** The record met, as record text (its draft), for the word-level diff. */
  existingText: z.string().nullable(),
  /** The reviewed import as record text. */
  importedText: z.string().nullable(),
});

const Items = z.object({ items: z.array(PendingImportSummary) });

/**
 * The admin app's import: files are staged as pending imports, reviewed (the source beside the draft,
 * decisions for what the parser could not place), and only saved when the user confirms. Every
 * procedure acts on the caller's own pending imports: another user's read as not found.
 */
export const importsRouter = router({
  stage: staffProcedure
    .input(StageInput)
    .output(z.object({ batchId: z.string(), items: z.array(PendingImportSummary) }))
    .mutation(({ ctx, input }) =>
      stageImport(
        ctx.useCase,
        'file' in input
          ? {
              file: fileBytes(input.file.base64),
              fileName: input.file.name,
              batchId: input.batchId,
            }
          : input,
      ),
    ),

  batch: staffProcedure
    .input(z.object({ batchId: Uuid }))
    .output(
      z
        .object({ id: z.string(), createdAt: WireInstant, expiresAt: WireInstant })
        .extend(Items.shape),
    )
    .query(({ ctx, input }) => readBatch(ctx.useCase, input)),

  mine: staffProcedure
    .input(z.object({}).default({}))
    .output(Items)
    .query(({ ctx }) => listMyImports(ctx.useCase)),

  get: staffProcedure
    .input(z.object({ id: Uuid }))
    .output(PendingImportView)
    .query(({ ctx, input }) => readPendingImport(ctx.useCase, input)),

  /** The review's whole list of decisions, replacing the stored one. */
  decide: staffProcedure
    .input(z.object({ id: Uuid, rowVersion: RowVersionInput, decisions: ImportDecisions }))
    .output(PendingImportView)
    .mutation(({ ctx, input }) => decideImport(ctx.useCase, input)),

  confirm: staffProcedure
    .input(
      z.object({
        id: Uuid,
        rowVersion: RowVersionInput,
        action: z.enum(['create', 'replace_draft', 'next_version']),
        existingRowVersion: RowVersionInput.optional(),
      }),
    )
    .output(
      z.object({
        outcome: z.enum(['created', 'replaced_draft', 'new_version']),
        recordId: z.string(),
        version: z.number().int(),
      }),
    )
    .mutation(({ ctx, input }) => confirmImport(ctx.useCase, input)),

  /** Creates each listed import that is ready and meets no record held; skips the others with why. */
  confirmBatch: staffProcedure
    .input(z.object({ batchId: Uuid, ids: z.array(Uuid).max(1000) }))
    .output(
      z.object({
        results: z.array(
          z.object({
            id: z.string(),
            outcome: z.enum(['created', 'skipped']),
            recordId: z.string().nullable(),
            message: z.string().nullable(),
          }),
        ),
      }),
    )
    .mutation(({ ctx, input }) => confirmBatch(ctx.useCase, input)),

  discard: staffProcedure
    .input(z.object({ id: Uuid }))
    .output(z.object({ discarded: z.literal(true) }))
    .mutation(({ ctx, input }) => discardImport(ctx.useCase, input)),
});
