import { z } from 'zod';
import type { Role } from '../model/index.js';

/**
 * The statutory dates an office records by hand. "First published on" is not one: the system
 * knows it (the day version 1 was first published) and derives it, so nobody can type it.
 */
export const RecordedDateField = z.enum([
  'commentsRequestedOn',
  'commentsDueOn',
  'commentsReceivedOn',
  'sentToHmicfrsOn',
  'sentToHomeSecretaryOn',
]);
export type RecordedDateField = z.infer<typeof RecordedDateField>;

/**
 * Who may set the recorded dates: editors until the response is first published; after that the
 * dates are public record, so a change is a correction, which an approver makes.
 */
export function roleToSetRecordedDates(record: { latestPublishedVersion: number | null }): Role {
  return record.latestPublishedVersion === null ? 'editor' : 'approver';
}

/** A recorded date changed after it was recorded: the public page lists it as a correction. */
export interface DateCorrection {
  field: RecordedDateField;
  from: string;
  to: string | null;
}

/**
 * The recorded dates a change corrected, in the fields' order: a date already recorded and now
 * changed or cleared. Filling in a date not yet recorded (sent to HMICFRS after publication) is
 * no correction.
 */
export function dateCorrections(
  before: Partial<Record<string, unknown>>,
  after: Partial<Record<string, unknown>>,
): DateCorrection[] {
  const dateOrNull = (v: unknown) => (typeof v === 'string' ? v : null);
  return RecordedDateField.options.flatMap((field) => {
    if (!(field in after)) return [];
    const [from, to] = [dateOrNull(before[field]), dateOrNull(after[field])];
    return from === null || from === to ? [] : [{ field, from, to }];
  });
}
