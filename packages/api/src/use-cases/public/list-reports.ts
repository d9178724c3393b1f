import { publishedReports } from '@irr/db/read-models';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { ReportRef } from './shapes.js';

export const ReportList = z.array(
  ReportRef.extend({ national: z.boolean(), publishedResponses: z.number().int() }),
);

/** Every report a response has been published to, newest first: the register of reports. */
export function listReports(ctx: PublicContext): Promise<z.input<typeof ReportList>> {
  return publishedReports(ctx.db);
}
