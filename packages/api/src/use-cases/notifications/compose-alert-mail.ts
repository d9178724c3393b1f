import type { Db } from '@irr/db';
import { followedNames, publicChanges } from '@irr/db/read-models';
import { subscriberById, type JobRow } from '@irr/db/repositories';
import {
  ALERT_CONFIRMATION_DAYS,
  ALERT_FREQUENCY_LABELS,
  followedWords,
  publicChangeLine,
  publicChangePath,
} from '@irr/domain';
import {
  ALERT_CONFIRMATION_JOB,
  type AlertConfirmationPayload,
  type AlertPayload,
} from './alert-jobs.js';
import { scopeOf } from './enqueue-alerts.js';
import type { MailSettings } from './compose-mail.js';
import type { OutgoingMail } from './mailer.js';

const SITE = 'Inspection Response Register';
/** Lines in one alert mail; the rest are a link away. */
const MOST_LINES = 100;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string) =>
  text
    .split('\n\n')
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

/**
 * A member of the public's mail, read when it is sent: nothing when the address has gone (unsubscribed,
 * expired) or, for an alert, when nothing it follows is public any more. Only public words: names,
 * references, dates and links; the address is kept nowhere but its subscriber row.
 */
export async function composeAlertMail(
  db: Db,
  job: JobRow,
  settings: MailSettings,
): Promise<OutgoingMail | null> {
  const payload = job.payload as AlertConfirmationPayload | AlertPayload;
  const subscriber = await subscriberById(db, payload.subscriberId);
  if (!subscriber) return null;
  const base = settings.publicUrl;
  const unsubscribe = `${base}/alerts/unsubscribe?token=${subscriber.unsubscribeToken}`;
  const messageId = `<irr.${job.key.replace(/[^\w.-]+/g, '.')}@${settings.domain}>`;
  const to = { name: '', address: subscriber.email };
  if (job.kind === ALERT_CONFIRMATION_JOB) {
    if (subscriber.confirmationToken === null) return null;
    const waiting = (await followedNames(db, subscriber.id, false)).map(followedWords);
    const text = [
      `Someone, probably you, asked the ${SITE} to email this address when these change:`,
      waiting.map((w) => `- ${w}`).join('\n'),
      `To start the alerts, confirm here:\n${base}/alerts/confirm?token=${subscriber.confirmationToken}`,
      `If it was not you, ignore this email: nothing is sent unless the address is confirmed, and it is deleted after ${ALERT_CONFIRMATION_DAYS} days. To delete it now:\n${unsubscribe}`,
    ].join('\n\n');
    return {
      personId: null,
      to,
      subject: `Confirm your email alerts from the ${SITE}`,
      text,
      html: `<!DOCTYPE html><html lang="en-GB"><body>\n${paragraphs(text)}\n</body></html>`,
      messageId,
    };
  }
  const alert = payload as AlertPayload;
  const changes = await publicChanges(db, await scopeOf(db, subscriber.id), {
    after: new Date(alert.after),
    through: new Date(alert.through),
    order: 'asc',
    limit: MOST_LINES + 1,
  });
  if (changes.length === 0) return null;
  const shown = changes.slice(0, MOST_LINES);
  const lines = shown.map((c) => [publicChangeLine(c), `${base}${publicChangePath(c)}`] as const);
  const following = (await followedNames(db, subscriber.id, true)).map(followedWords);
  const why = `You get this because you asked for email alerts (${ALERT_FREQUENCY_LABELS[subscriber.frequency].toLowerCase()}) about: ${following.join('; ')}.`;
  const stop = `Unsubscribe, which deletes your address: ${unsubscribe}`;
  const more = changes.length > MOST_LINES ? `\nAnd more: ${base}/` : '';
  const count =
    changes.length > MOST_LINES
      ? `More than ${MOST_LINES} changes`
      : `${shown.length} ${shown.length === 1 ? 'change' : 'changes'}`;
  return {
    personId: null,
    to,
    subject: `${count} to what you follow on the ${SITE}`,
    text: [lines.map(([line, url]) => `- ${line}\n  ${url}`).join('\n') + more, why, stop].join(
      '\n\n',
    ),
    html: [
      '<!DOCTYPE html><html lang="en-GB"><body>',
      '<ul>',
      ...lines.map(([line, url]) => `<li><a href="${escape(url)}">${escape(line)}</a></li>`),
      '</ul>',
      more ? `<p><a href="${escape(`${base}/`)}">And more</a></p>` : '',
      `<p>${escape(why)}</p>`,
      `<p><a href="${escape(unsubscribe)}">Unsubscribe</a> (this deletes your address).</p>`,
      '</body></html>',
    ].join('\n'),
    messageId,
    // RFC 2369 and RFC 8058: mail clients offer the one-click unsubscribe, which POSTs to the link.
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
