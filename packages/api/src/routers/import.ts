import { findOrganisation, importRecord, type ImportOutcome } from '@irr/db/repositories';
import { parseRecords, RecordDiagnostic, roleAtLeast } from '@irr/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { roleIn, router, staffProcedure } from '../trpc.js';

/** Thrown to roll a record's transaction back while keeping what happened. */
class Outcome extends Error {
  constructor(readonly result: ImportOutcome) {
    super(result.kind);
  }
}

/** 20 MB of text is several hundred records; anything larger is refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const ImportItem = z.object({
  startLine: z.number().int(),
  endLine: z.number().int(),
  organisation: z.string().nullable(),
  reportTitle: z.string().nullable(),
  outcome: z.enum([
    'would_create',
    'would_add_version',
    'created',
    'new_version',
    'refused',
    'invalid',
  ]),
  recordId: z.string().nullable(),
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
      if (!ctx.user.memberships.some((m) => roleAtLeast(m.role, 'editor'))) {
        throw appError({ code: 'FORBIDDEN', message: 'Importing needs the editor role' });
      }
      const items: z.infer<typeof ImportItem>[] = [];
      for (const parsed of parseRecords(input.text)) {
        const base = {
          startLine: parsed.startLine,
          endLine: parsed.endLine,
          organisation: parsed.record?.organisation.name ?? null,
          reportTitle: parsed.record?.report.title ?? null,
          recordId: null,
          findings: parsed.record?.findings.length ?? 0,
          updates: parsed.record?.findings.reduce((n, f) => n + f.updates.length, 0) ?? 0,
          diagnostics: parsed.diagnostics,
        };
        if (!parsed.ok || !parsed.record) {
          items.push({
            ...base,
            outcome: 'invalid',
            message: 'The record has errors; nothing was imported',
          });
          continue;
        }
        const record = parsed.record;
        const org = await findOrganisation(ctx.db, record.organisation);
        if (!org) {
          items.push({
            ...base,
            outcome: 'refused',
            message: `"${record.organisation.name}" is not an organisation in this register; an admin must add it first`,
          });
          continue;
        }
        const role = roleIn(ctx.user, org.id);
        if (!role || !roleAtLeast(role, 'editor')) {
          items.push({
            ...base,
            outcome: 'refused',
            message: `You are not an editor for ${org.name}`,
          });
          continue;
        }
        try {
          const outcome = await ctx.db.transaction(async (tx) => {
            const result = await importRecord(tx, record, org.id, ctx.user.id);
            // A dry run does the whole import, then rolls it back: the preview is exactly what would happen.
            if (result.kind === 'refused' || input.dryRun) throw new Outcome(result);
            return result;
          });
          items.push({
            ...base,
            outcome: outcome.kind === 'created' ? 'created' : 'new_version',
            recordId: outcome.recordId,
            message: null,
          });
        } catch (e) {
          if (!(e instanceof Outcome)) throw e;
          const r = e.result;
          if (r.kind === 'refused')
            items.push({ ...base, outcome: 'refused', recordId: r.recordId, message: r.message });
          else
            items.push({
              ...base,
              outcome: r.kind === 'created' ? 'would_create' : 'would_add_version',
              recordId: r.kind === 'created' ? null : r.recordId,
              message: null,
            });
        }
      }
      return { items };
    }),
});
