import { RecordDiagnostic } from '@irr/domain';
import { z } from 'zod';
import type { ImportItem as Item } from '../use-cases/imports/import-item.js';
import { importRecords } from '../use-cases/imports/import-records.js';
import { staffProcedure, router } from '../trpc.js';

/** 20 MB of text is several hundred records; anything larger is refused before parsing. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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

export const importRouter = router({
  /**
   * Import one or many records in the record format. Each record lands in its own transaction:
   * a broken one is reported with its lines and leaves nothing behind; the others still land.
   */
  records: staffProcedure
    .input(
      z.object({
        text: z
          .string()
          .max(MAX_IMPORT_BYTES, `Imports are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
        dryRun: z.boolean().default(false),
      }),
    )
    .output(z.object({ items: z.array(ImportItem) }))
    .mutation(async ({ ctx, input }) => {
      const items: Item[] = [];
      for await (const item of importRecords(ctx.useCase, input)) items.push(item);
      return { items };
    }),
});
