import { RecordDiagnostic } from '@irr/domain';
import { z } from 'zod';
import { MAX_IMPORT_BYTES, fileBytes } from './import-input.js';
import type { ImportItem as Item } from '../use-cases/imports/import-item.js';
import { importRecords } from '../use-cases/imports/import-records.js';
import { staffProcedure, router } from '../trpc.js';

// The use case's item without `detail` (the database's words, for the operator at the shell only):
// the output schema drops any key it does not name.
const ImportItem = z.object({
  startLine: z.number().int(),
  endLine: z.number().int(),
  organisation: z.string().nullable(),
  organisationAdded: z.boolean(),
  reportTitle: z.string().nullable(),
  outcome: z.enum([
    'would_create',
    'would_add_version',
    'created',
    'new_version',
    'refused',
    'invalid',
    'failed',
  ]),
  recordId: z.string().nullable(),
  version: z.number().int().nullable(),
  findings: z.number().int(),
  updates: z.number().int(),
  message: z.string().nullable(),
  diagnostics: z.array(RecordDiagnostic),
});

const dryRun = z.boolean().default(false);
const ImportInput = z.union([
  z.object({
    text: z
      .string()
      .max(MAX_IMPORT_BYTES, `Imports are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
    dryRun,
  }),
  z.object({
    /** A file as it is on disk (Word, PDF, web page or record text), read on the server. */
    file: z.object({ name: z.string().max(255), base64: z.base64() }),
    dryRun,
  }),
]);

export const importRouter = router({
  /**
   * Import one or many records: pasted record text, or a file (Word, PDF, saved web page, record text)
   * sent as base64. Each record lands in its own transaction: a broken one is reported with its lines
   * (and a document's page and paragraph) and leaves nothing behind; the others still land.
   */
  records: staffProcedure
    .input(ImportInput)
    .output(z.object({ items: z.array(ImportItem) }))
    .mutation(async ({ ctx, input }) => {
      const items: Item[] = [];
      const source =
        'text' in input
          ? input
          : { file: fileBytes(input.file.base64), fileName: input.file.name, dryRun: input.dryRun };
      for await (const item of importRecords(ctx.useCase, source)) items.push(item);
      return { items };
    }),
});
