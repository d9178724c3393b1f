import { ResponseRecord } from '@irr/domain';
import { z } from 'zod';
import { getVersion } from '../use-cases/versions/get-version.js';
import { listRecordChanges } from '../use-cases/versions/list-record-changes.js';
import { listVersions } from '../use-cases/versions/list-versions.js';
import { Uuid, WireInstant } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

const VersionSummary = z.object({
  version: z.number().int(),
  publishedAt: WireInstant,
  publishedBy: z.string().nullable(),
  withdrawnAt: WireInstant.nullable(),
  withdrawalReason: z.string().nullable(),
});

const RecordChange = z.object({
  at: WireInstant,
  action: z.string(),
  by: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** A record's published versions, for history and for comparing any two. */
export const versionsRouter = router({
  list: staffProcedure
    .input(z.object({ recordId: Uuid }))
    .output(z.array(VersionSummary))
    .query(({ ctx, input }) => listVersions(ctx.useCase, input)),

  get: staffProcedure
    .input(z.object({ recordId: Uuid, version: z.number().int().positive() }))
    .output(
      z.object({ version: z.number().int(), publishedAt: WireInstant, record: ResponseRecord }),
    )
    .query(({ ctx, input }) => getVersion(ctx.useCase, input)),

  /** Who changed the record itself lately, and what: the conflict screen and the history page name them. */
  changes: staffProcedure
    .input(z.object({ recordId: Uuid, limit: z.number().int().min(1).max(100).default(20) }))
    .output(z.array(RecordChange))
    .query(({ ctx, input }) => listRecordChanges(ctx.useCase, input)),
});
