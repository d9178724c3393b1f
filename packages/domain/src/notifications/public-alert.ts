import { z } from 'zod';
import { londonDateOf } from '../clock/calendar-date.js';
import { Slug, type CalendarDate } from '../model/common.js';
import { nameOfFinding } from './public-change.js';
import { Email } from '../model/user.js';

/**
 * How often a member of the public hears what changed, never more than one mail a day: `immediate` sends the
 * first change of a day within minutes (later ones that day wait for the next mail), `daily` sends one mail
 * each morning with the day before.
 */
export const AlertFrequency = z.enum(['immediate', 'daily']);
export type AlertFrequency = z.infer<typeof AlertFrequency>;

/** What can be followed: everything a force publishes, every force's answer to a report, or one finding. */
export const AlertTargetKind = z.enum(['force', 'report', 'finding']);
export type AlertTargetKind = z.infer<typeof AlertTargetKind>;

/** A followed thing as the portal names it: by the slugs and reference of its public address. */
export const AlertTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('force'), organisationSlug: Slug }),
  z.object({ kind: z.literal('report'), reportSlug: Slug }),
  z.object({
    kind: z.literal('finding'),
    organisationSlug: Slug,
    /** The response's own slug, as in the finding's address. */
    responseSlug: Slug,
    ref: z.string().min(1).max(120),
  }),
]);
export type AlertTarget = z.infer<typeof AlertTarget>;

/** The subscribe form: who, how often, and what. The address is compared and kept lower-cased. */
export const AlertSubscription = z.object({
  email: z.string().trim().toLowerCase().pipe(Email),
  frequency: AlertFrequency,
  target: AlertTarget,
});
export type AlertSubscription = z.infer<typeof AlertSubscription>;

/** A link's secret (confirm, unsubscribe): what the portal's addresses carry, 43 base64url characters. */
export const AlertToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a link this register sent');

/** Follows nobody confirmed are deleted after this many days, with an address that has nothing else. */
export const ALERT_CONFIRMATION_DAYS = 7;

/** One confirmation mail per address in this many hours, however often the form is sent. */
export const ALERT_CONFIRMATION_EVERY_HOURS = 24;

/**
 * Changes are sent once they are this old: a change is written with the time its transaction began, so one
 * that commits a little after a mail is composed must not fall behind that mail's cursor.
 */
export const ALERT_SETTLE_MS = 10_000;

/** The London hour from which a daily alert goes out. */
export const DAILY_ALERT_HOUR = 7;

const londonHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  hourCycle: 'h23',
});

/**
 * Whether an address may be sent an alert now: never twice on one London day, and a daily one only from
 * DAILY_ALERT_HOUR. Whether there is anything to send is the caller's question.
 */
export function alertMailDue(
  frequency: AlertFrequency,
  lastAlertOn: CalendarDate | null,
  now: Date,
): boolean {
  if (lastAlertOn !== null && lastAlertOn >= londonDateOf(now)) return false;
  return frequency === 'immediate' || Number(londonHour.format(now)) >= DAILY_ALERT_HOUR;
}

/** A followed thing by name, as alerts and the subscribe form say it. */
export interface FollowedNames {
  kind: AlertTargetKind;
  organisationName: string | null;
  reportTitle: string | null;
  findingRef: string | null;
  findingKind: string | null;
  /** The report's own number for the finding, if it gives one. */
  findingReference?: string | null;
}

/** `Staffordshire Police`, `every force's response to "PEEL 2025"` or `Staffordshire Police, "PEEL 2025", Recommendation 3`. */
export function followedWords(f: FollowedNames): string {
  if (f.kind === 'force') return f.organisationName ?? 'a force';
  if (f.kind === 'report') return `every force's response to "${f.reportTitle ?? 'a report'}"`;
  const finding = f.findingRef
    ? nameOfFinding({ ref: f.findingRef, kind: f.findingKind ?? '', reference: f.findingReference })
    : 'a finding no longer published';
  return `${f.organisationName ?? 'a force'}, "${f.reportTitle ?? 'a report'}", ${finding}`;
}
