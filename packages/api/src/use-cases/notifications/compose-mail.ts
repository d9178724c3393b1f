import type { Db } from '@irr/db';
import {
  activeMembersAmong,
  clockInputs,
  digestPeople,
  notificationForMail,
  ownedFindingsDueBy,
} from '@irr/db/read-models';
import type { JobRow } from '@irr/db/repositories';
import {
  addDays,
  daysBetween,
  digestPeriod,
  londonDateOf,
  roleAtLeast,
  MY_FINDINGS_DUE_WITHIN,
  type CalendarDate,
} from '@irr/domain';
import { STATUTORY_QUEUE, statutoryClocks } from '../dashboard/statutory-clocks.js';
import type { OutgoingMail } from './mailer.js';
import type { MailJobPayload } from './tell.js';

export interface MailSettings {
  /** The admin app's address as people open it, e.g. `https://register.example.org/admin`. */
  adminUrl: string;
  /** The portal's address, for the public's alerts, e.g. `https://register.example.org`. */
  publicUrl: string;
  /** The domain of Message-IDs (the sender's). */
  domain: string;
  /**
   * How long a claimed mail is held before another process may send it (its process presumably died).
   * Default 5 minutes: longer than a slow SMTP send of a batch, short enough that a crash delays little.
   */
  claimMs?: number;
}

/**
 * The mail a job sends, read at send time so it says what is true then, or null when there is nothing to
 * send: the person may no longer read it (left the organisation, account disabled, digest turned off) or
 * their digest has nothing due. Only titles, references and dates: no finding's or update's text.
 */
export async function composeMail(
  db: Db,
  job: JobRow,
  now: Date,
  settings: MailSettings,
): Promise<OutgoingMail | null> {
  const payload = job.payload as MailJobPayload;
  const messageId = `<irr.${job.key.replace(/[^\w.-]+/g, '.')}@${settings.domain}>`;
  const preferences = `${settings.adminUrl}/notifications`;
  if ('notificationId' in payload) {
    const n = await notificationForMail(db, payload.notificationId);
    if (!n) return null;
    const [allowed] = await activeMembersAmong(db, n.organisationId, [n.userId]);
    if (!allowed) return null;
    const url = `${settings.adminUrl}${n.link}`;
    return mail(
      { id: n.userId, name: n.displayName, address: n.email },
      n.line,
      [[n.line, url]],
      preferences,
      messageId,
    );
  }
  const [person] = await digestPeople(db, payload.digestOf);
  if (!person) return null;
  const today = londonDateOf(now);
  // Queued for a frequency the person has since changed (weekly, then daily): the new one's digest says it.
  if (digestPeriod(person.digest, today) !== payload.period) return null;
  const organisationIds = person.memberships.map((m) => m.organisationId);
  const due = await ownedFindingsDueBy(
    db,
    person.id,
    organisationIds,
    // The same windows as the dashboard's queues: the widest is how far ahead a digest looks.
    addDays(today, MY_FINDINGS_DUE_WITHIN[0]),
  );
  const editing = person.memberships
    .filter((m) => roleAtLeast(m.role, 'editor'))
    .map((m) => m.organisationId);
  const limits = editing.length
    ? statutoryClocks(await clockInputs(db, editing), today).filter(
        (c) => STATUTORY_QUEUE.statutory_near(c) || STATUTORY_QUEUE.statutory_passed(c),
      )
    : [];
  if (due.length === 0 && limits.length === 0) return null;
  const lines: [string, string][] = [
    ...due.map((f): [string, string] => [
      `${f.ref}${f.title ? ` ${f.title}` : ''} (${f.organisationName}, "${f.reportTitle}"): ${dueWords(f.targetDate, today)}`,
      `${settings.adminUrl}/records/${f.recordId}/findings/${f.findingId}`,
    ]),
    ...limits.map((c): [string, string] => [
      `Response to "${c.reportTitle}" (${c.organisationName}) must be published by ${c.publicationDueOn}: ${limitWords(c.daysRemaining!)}`,
      `${settings.adminUrl}/records/${c.recordId}`,
    ]),
  ];
  const subject = `What is due: ${count(due.length, 'finding')}${limits.length ? `, ${count(limits.length, 'statutory limit')}` : ''}`;
  return mail(
    { id: person.id, name: person.displayName, address: person.email },
    subject,
    lines,
    preferences,
    messageId,
  );
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function dueWords(target: CalendarDate, today: CalendarDate): string {
  const days = daysBetween(today, target);
  if (days < 0) return `overdue by ${count(-days, 'day')} (target ${target})`;
  if (days === 0) return `due today`;
  return `due in ${count(days, 'day')} (${target})`;
}

function limitWords(days: number): string {
  if (days < 0) return `${count(-days, 'day')} late`;
  if (days === 0) return 'due today';
  return `${count(days, 'day')} left`;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function mail(
  to: OutgoingMail['to'] & { id: string },
  subject: string,
  lines: readonly [string, string][],
  preferences: string,
  messageId: string,
): OutgoingMail {
  const text = [
    ...lines.map(([line, url]) => `- ${line}\n  ${url}`),
    '',
    `Change what you are sent: ${preferences}`,
  ].join('\n');
  const html = [
    '<!DOCTYPE html><html lang="en-GB"><body>',
    '<ul>',
    ...lines.map(([line, url]) => `<li><a href="${escape(url)}">${escape(line)}</a></li>`),
    '</ul>',
    `<p><a href="${escape(preferences)}">Change what you are sent</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    personId: to.id,
    to: { name: to.name, address: to.address },
    subject,
    text,
    html,
    messageId,
  };
}
