import { z } from 'zod';
import { CalendarDate } from './common.js';

/** The two offices a s55 response speaks for. */
export const Office = z.enum(['commissioner', 'chief_officer']);
export type Office = z.infer<typeof Office>;

/**
 * Who held an office, with the title or rank they held it under
 * ("Police and Crime Commissioner", "Acting Chief Constable"). Names are snapshotted into
 * each published version, so a later election does not rewrite history.
 */
export const OfficeHolder = z.object({
  office: Office,
  name: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  from: CalendarDate.nullable().default(null),
  to: CalendarDate.nullable().default(null),
});
export type OfficeHolder = z.infer<typeof OfficeHolder>;
