import { schema } from '@irr/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { publishRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';
import type { Mailer, OutgoingMail } from '../notifications/mailer.js';
import { runDueNotifications } from '../notifications/run-due-notifications.js';

const SETTINGS = {
  adminUrl: 'https://register.example.org/admin',
  publicUrl: 'https://register.example.org',
  domain: 'register.example.org',
};
const HOUR = 3_600_000;

function recordingMailer(): Mailer & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    send: (mail) => {
      sent.push(mail);
      return Promise.resolve();
    },
  };
}

const linkIn = (mail: OutgoingMail, path: string) =>
  new RegExp(`https://register\\.example\\.org${path}\\?token=([\\w-]{43})`).exec(mail.text)?.[1];

describe('email alerts for the public: double opt-in, one mail a day, one-click unsubscribe', () => {
  let w: World;
  let reportSlug: string;
  let responseSlug: string;
  let afi1: string;
  // Changes are stamped with the world's clock: every step here moves it forward from a fixed day.
  let clock: Date;
  const at = (d: Date) => {
    clock = d;
    w.setNow(d);
  };
  const later = (ms: number) => at(new Date(clock.getTime() + ms));
  const run = async () => {
    const mailer = recordingMailer();
    await runDueNotifications(w.db, mailer, SETTINGS, () => clock);
    // The staff's own mail (review requested, digests) is another suite's: the public's has no person.
    return mailer.sent.filter((m) => m.personId === null);
  };

  beforeEach(async () => {
    w = await createWorld();
    at(new Date('2027-03-01T09:00:00Z'));
    await publishRecord(w);
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    reportSlug = record.report.slug;
    responseSlug = record.slug;
    afi1 = record.findings.find((f) => f.ref === 'AFI1')!.id;
  });
  afterEach(() => w.close());

  const addUpdate = (visibility: 'public' | 'internal', text: string) =>
    w.as('editor').findings.addUpdate({
      findingId: afi1,
      update: { date: null, author: 'force', visibility, text },
    });
  const followAfi1 = (email: string, frequency: 'immediate' | 'daily' = 'immediate') =>
    w.as('anonymous').alerts.subscribe({
      email,
      frequency,
      target: {
        kind: 'finding',
        organisationSlug: 'staffordshire',
        responseSlug,
        ref: 'AFI1',
      },
    });

  it('sends only after the address confirms, public changes only, and unsubscribes in one click', async () => {
    expect((await followAfi1('  Resident@Example.COM ')).target).toMatch(
      /^Staffordshire Police, ".+", Area for improvement AFI1$/,
    );
    later(60_000);
    const [confirmation, ...others] = await run();
    expect(others).toEqual([]);
    expect(confirmation).toMatchObject({
      to: { address: 'resident@example.com' },
      subject: 'Confirm your email alerts from the Inspection Response Register',
    });
    expect(confirmation!.text).toContain('Area for improvement AFI1');
    const confirmToken = linkIn(confirmation!, '/alerts/confirm')!;
    const unsubscribeToken = linkIn(confirmation!, '/alerts/unsubscribe')!;
    expect(confirmToken).toBeDefined();

    // Unconfirmed: a public update tells nobody.
    later(60_000);
    await addUpdate('public', '<p>Before confirming.</p>');
    later(HOUR);
    expect(await run()).toEqual([]);

    expect(await w.as('anonymous').alerts.confirm({ token: confirmToken })).toEqual({
      confirmed: 1,
    });
    expect(await appErrorCode(w.as('anonymous').alerts.confirm({ token: confirmToken }))).toBe(
      'ALERT_LINK_INVALID',
    );

    // An internal update is never sent; the public one after it is, once.
    later(60_000);
    await addUpdate('internal', '<p>Internal: the vetting backlog is worse than reported.</p>');
    later(60_000);
    expect(await run()).toEqual([]);
    await addUpdate('public', '<p>Vetting backlog cleared.</p>');
    later(60_000);
    const [alert, ...more] = await run();
    expect(more).toEqual([]);
    expect(alert!.to.address).toBe('resident@example.com');
    expect(alert!.subject).toBe('1 change to what you follow on the Inspection Response Register');
    expect(alert!.text).toMatch(/Area for improvement AFI1: new public update/);
    expect(alert!.text).toContain(
      `https://register.example.org/forces/staffordshire/responses/${responseSlug}/findings/AFI1`,
    );
    expect(alert!.text).toMatch(/You get this because you asked for email alerts/);
    expect(alert!.text + alert!.html).not.toMatch(/Internal|worse than reported/);
    const unsubscribe = `https://register.example.org/alerts/unsubscribe?token=${unsubscribeToken}`;
    expect(alert!.headers).toEqual({
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    later(60_000);
    expect(await run()).toEqual([]);

    // The jobs keep no address: it lives in the subscriber row alone, and unsubscribing deletes it.
    const jobs = await w.db.select().from(schema.jobs);
    expect(JSON.stringify(jobs)).not.toContain('resident@example.com');
    expect(await w.as('anonymous').alerts.unsubscribe({ token: unsubscribeToken })).toEqual({
      deleted: true,
    });
    expect(await w.db.select().from(schema.alertSubscribers)).toEqual([]);
    expect(await w.db.select().from(schema.alertFollows)).toEqual([]);
    expect(await w.as('anonymous').alerts.unsubscribe({ token: unsubscribeToken })).toEqual({
      deleted: false,
    });
    later(60_000);
    await addUpdate('public', '<p>After unsubscribing.</p>');
    later(60_000);
    expect(await run()).toEqual([]);
  });

  it('sends at most one alert a London day: later changes wait for the next day’s mail', async () => {
    await followAfi1('reader@example.com');
    later(60_000);
    const [confirmation] = await run();
    await w.as('anonymous').alerts.confirm({ token: linkIn(confirmation!, '/alerts/confirm')! });
    later(60_000);
    await addUpdate('public', '<p>First.</p>');
    later(60_000);
    expect((await run()).map((m) => m.subject)).toEqual([
      '1 change to what you follow on the Inspection Response Register',
    ]);
    const record = await w.as('approver').records.get({ recordId: w.recordId });
    await w.as('approver').findings.transition({
      findingId: afi1,
      rowVersion: record.findings.find((f) => f.id === afi1)!.rowVersion,
      to: 'no_longer_applicable',
      reason: 'The unit was disbanded',
    });
    later(60_000);
    await addUpdate('public', '<p>Second.</p>');
    later(HOUR);
    expect(await run()).toEqual([]);
    // The next morning: both changes in one mail.
    at(new Date('2027-03-02T08:00:00Z'));
    const [next, ...none] = await run();
    expect(none).toEqual([]);
    expect(next!.subject).toBe('2 changes to what you follow on the Inspection Response Register');
    expect(next!.text).toMatch(/AFI1: status changed from In progress to No longer applicable/);
    expect(next!.text).toMatch(/AFI1: new public update/);
  });

  it('mails one confirmation per address a day, whose link confirms everything asked for', async () => {
    await followAfi1('busy@example.com');
    await w.as('anonymous').alerts.subscribe({
      email: 'busy@example.com',
      frequency: 'daily',
      target: { kind: 'force', organisationSlug: 'staffordshire' },
    });
    later(60_000);
    const sent = await run();
    expect(sent.map((m) => m.to.address)).toEqual(['busy@example.com']);
    expect(sent[0]!.text).toContain('Staffordshire Police');
    const token = linkIn(sent[0]!, '/alerts/confirm')!;
    expect(await w.as('anonymous').alerts.confirm({ token })).toEqual({ confirmed: 2 });
    // Asked again the same day after confirming: the next link waits until the day is up.
    await w.as('anonymous').alerts.subscribe({
      email: 'busy@example.com',
      frequency: 'immediate',
      target: { kind: 'report', reportSlug },
    });
    later(HOUR);
    expect(await run()).toEqual([]);
    later(24 * HOUR);
    const [second] = await run();
    expect(second!.subject).toBe('Confirm your email alerts from the Inspection Response Register');
  });

  it('forgets an address nobody confirmed after a week, and never mails it an alert', async () => {
    await followAfi1('stranger@example.com');
    later(60_000);
    expect(await run()).toHaveLength(1);
    await addUpdate('public', '<p>Public news.</p>');
    later(60_000);
    expect(await run()).toEqual([]);
    later(8 * 24 * HOUR);
    expect(await run()).toEqual([]);
    expect(await w.db.select().from(schema.alertSubscribers)).toEqual([]);
  });

  it('follows only what the public can see, and refuses links it never sent', async () => {
    const follow = (ref: string) =>
      w.as('anonymous').alerts.subscribe({
        email: 'someone@example.com',
        frequency: 'daily',
        target: { kind: 'finding', organisationSlug: 'staffordshire', responseSlug, ref },
      });
    expect(await appErrorCode(follow('NO-SUCH-REF'))).toBe('NOT_FOUND');
    expect(
      await appErrorCode(
        w.as('anonymous').alerts.subscribe({
          email: 'someone@example.com',
          frequency: 'daily',
          // West Midlands has published nothing: its report page does not exist publicly.
          target: { kind: 'report', reportSlug: 'no-such-report' },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await appErrorCode(w.as('anonymous').alerts.confirm({ token: 'A'.repeat(43) }))).toBe(
      'ALERT_LINK_INVALID',
    );
    expect(await w.db.select().from(schema.alertSubscribers)).toEqual([]);
  });
});
