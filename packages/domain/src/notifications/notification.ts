import { z } from 'zod';
import { addDays, daysBetween } from '../clock/calendar-date.js';
import type { CalendarDate } from '../model/index.js';

/** What a person is told about, in the app and by email. */
export const NotificationKind = z.enum([
  'review_requested',
  'changes_requested',
  'submission_withdrawn',
  'approved',
  'published',
  'finding_assigned',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** How often a person gets the digest of what is due; `off` sends none. */
export const DigestFrequency = z.enum(['daily', 'weekly', 'off']);
export type DigestFrequency = z.infer<typeof DigestFrequency>;

/** A new person's digest until they choose: weekly, so nobody is told nothing. */
export const DEFAULT_DIGEST: DigestFrequency = 'weekly';

/**
 * The period a digest covers, as the key that makes it once per person and period: the London date for a
 * daily digest, the Monday of the week for a weekly one (sent from that Monday), null when digests are off.
 */
export function digestPeriod(frequency: DigestFrequency, today: CalendarDate): string | null {
  if (frequency === 'off') return null;
  if (frequency === 'daily') return today;
  // 2024-01-01 was a Monday: the days since it, mod 7, say how far into its week today is.
  const intoWeek = ((daysBetween('2024-01-01', today) % 7) + 7) % 7;
  return `week-of-${addDays(today, -intoWeek)}`;
}

/**
 * After a failed send, the wait before the next try: 1, 2, 4 ... minutes, at most an hour; after
 * MAX_DELIVERY_ATTEMPTS the job is kept as failed for an admin to see, not retried.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}
export const MAX_DELIVERY_ATTEMPTS = 8;
