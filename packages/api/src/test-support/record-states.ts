import { schema } from '@irr/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffRecord } from '../schemas.js';
import { SEED_DATE_UNKNOWN, type World } from './world.js';

/**
 * Bring the world's record to the state a test needs, through the same procedures the staff app
 * calls, so each test sets up its own state rather than inherit one from the test before it.
 */

/** The world's record submitted for review by its editor. */
export async function submitRecord(w: World): Promise<z.output<typeof StaffRecord>> {
  const record = await w.as('editor').records.get({ recordId: w.recordId });
  return w.as('editor').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'in_review',
  });
}

/**
 * The world's record submitted by its editor and approved by its approver, as a review ends (the
 * seed's report has no date: the approver says why, unless a test dated it).
 */
export async function approveRecord(
  w: World,
  dateUnknownReason = SEED_DATE_UNKNOWN,
): Promise<z.output<typeof StaffRecord>> {
  const record = await submitRecord(w);
  return w.as('approver').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'approved',
    dateUnknownReason,
  });
}

/** The world's record submitted, approved and published by its approver. */
export async function publishRecord(
  w: World,
  dateUnknownReason = SEED_DATE_UNKNOWN,
): Promise<z.output<typeof StaffRecord>> {
  const record = await approveRecord(w, dateUnknownReason);
  return w.as('approver').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'published',
  });
}

/** The world's published record taken back to a new draft version by its editor. */
export async function redraftRecord(w: World): Promise<z.output<typeof StaffRecord>> {
  const record = await w.as('editor').records.get({ recordId: w.recordId });
  return w.as('editor').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'draft',
  });
}

/** The world's record's own slug: its address under its force once published (`/forces/staffordshire/responses/…`). */
export async function responseSlugOf(w: World, recordId = w.recordId): Promise<string> {
  const [row] = await w.db
    .select({ slug: schema.responseRecords.slug })
    .from(schema.responseRecords)
    .where(eq(schema.responseRecords.id, recordId));
  return row!.slug;
}
