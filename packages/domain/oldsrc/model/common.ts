import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`. Never a Date object: statutory days must not move with time zones. */
export const CalendarDate = z.iso
  .date()
  // The calendar (and PostgreSQL) has no year 0: 0000-01-01 matches the pattern but is no date.
  .refine((d) => !d.startsWith('0000-'), 'not a date: there was no year 0');
export type CalendarDate = z.infer<typeof CalendarDate>;

/** An instant, ISO 8601 with offset (audit times, sessions). */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** Lower-case words joined by hyphens; used in permalinks, so stable once published. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
  .max(80);
export type Slug = z.infer<typeof Slug>;

/** Links people follow from a published page: http(s) only. */
export const WebLink = z.url({ protocol: /^https?$/ }).max(2048);
export type WebLink = z.infer<typeof WebLink>;

/**
 * Sanitised HTML restricted to the rich-text allow-list (see `rich-text/policy.ts`).
 * The schema only bounds the size; `sanitizeRichText` is what makes a string safe.
 */
export const RichText = z.string().max(200_000);
export type RichText = z.infer<typeof RichText>;

/** Optimistic-concurrency counter carried by every mutable row. */
export const RowVersion = z.number().int().nonnegative();
