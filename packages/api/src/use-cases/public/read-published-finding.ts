import {
  currentPublishedFinding,
  liveFindings,
  publicUpdatesOf,
  statusChangesOf,
} from '@irr/db/read-models';
import {
  CalendarDate,
  FindingKind,
  FindingStatus,
  FindingUpdate,
  londonDateOf,
  notFound,
} from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { publicSchedule, publicUpdate } from './public-finding.js';

export const PublishedFindingInput = z.object({ findingId: Uuid });

export const PublishedFinding = z.object({
  findingId: Uuid,
  recordId: Uuid,
  ref: z.string(),
  kind: FindingKind,
  text: z.string(),
  status: FindingStatus,
  targetDate: CalendarDate.nullable(),
  originalTargetDate: CalendarDate.nullable(),
  slippageDays: z.number().int(),
  updates: z.array(FindingUpdate),
  statusChanges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      on: CalendarDate,
      reason: z.string().nullable(),
    }),
  ),
});

/** A current published finding by id (the JSON API's permalink): its wording, progress and public history. */
export async function readPublishedFinding(
  ctx: PublicContext,
  input: z.infer<typeof PublishedFindingInput>,
): Promise<z.infer<typeof PublishedFinding>> {
  const published = await currentPublishedFinding(ctx.db, input.findingId);
  if (!published) throw notFound('That published finding');
  const [live] = await liveFindings(ctx.db, [input.findingId]);
  const { status, targetDate, originalTargetDate, slippageDays } = publicSchedule(
    live!,
    londonDateOf(ctx.now()),
  );
  return {
    findingId: input.findingId,
    recordId: published.recordId,
    ref: published.ref,
    kind: published.kind as FindingKind,
    text: published.text,
    status,
    targetDate,
    originalTargetDate,
    slippageDays,
    updates: (await publicUpdatesOf(ctx.db, input.findingId)).map(publicUpdate),
    statusChanges: await statusChangesOf(ctx.db, input.findingId),
  };
}
