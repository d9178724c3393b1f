import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSession } from './support.js';

interface Mail {
  to: string[];
  /** Headers unfolded and the body's quoted-printable decoded: enough to read links and headers. */
  text: string;
}

/** A real SMTP server on a free port, keeping every mail it is given. */
async function smtpSink() {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        // Quoted-printable is the body's encoding only: decoded in a header, a List-Unsubscribe token that
        // starts "token=A3..." lost two characters (a test that failed about one run in sixteen).
        const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
        const split = unfolded.search(/\r?\n\r?\n/);
        const headers = split < 0 ? unfolded : unfolded.slice(0, split);
        const body = (split < 0 ? '' : unfolded.slice(split))
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        const text = headers + body;
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), text });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

interface FindingRow {
  finding_id: string;
  ref: string;
  /** The finding's page: `/forces/{force}/responses/{the response's own slug}/findings/{ref}`. */
  url: string;
  /** What the register calls it on its page, in feeds and in alert mails ("Recommendation 1"). */
  name: string;
}

/**
 * Email alerts end to end: the portal's form, a real SMTP server, the scheduler of `irr serve` (every
 * second here) and the mails' links, as a member of the public and their mail client use them.
 */
describe('email alerts for the public', () => {
  let register: Register;
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  let browser: Browser;
  let finding: FindingRow;

  beforeAll(async () => {
    smtp = await smtpSink();
    register = await startRegister({
      demo: true,
      env: { IRR_SMTP_URL: smtp.url, IRR_NOTIFY_EVERY_SECONDS: '1' },
    });
    browser = await launchBrowser();
    const json = (await (
      await fetch(`${register.url}/data/findings.json?organisationSlug=staffordshire`)
    ).json()) as { rows: FindingRow[] };
    finding = json.rows[0]!;
  });
  afterAll(async () => {
    await browser?.close();
    await register?.dispose();
    await smtp?.close();
  });

  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  /** A mailed link, on this run's server: mails name the configured origin, and the test's port is chosen at start. */
  const here = (link: string) => {
    const u = new URL(link);
    return `${register.url}${u.pathname}${u.search}`;
  };
  const linkIn = (mail: Mail, path: string) => {
    const link = new RegExp(`(https?://[^\\s"<>]+${path}\\?token=[\\w-]{43})`).exec(mail.text)?.[1];
    return link && here(link);
  };

  async function subscribe(page: Page, email: string): Promise<void> {
    const findingPath = new URL(finding.url).pathname;
    await page.goto(`${register.url}${findingPath}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(finding.name);
    await page.getByRole('link', { name: 'Get email alerts about this finding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get email alerts' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByLabel('As soon as something changes (at most one email a day)').check();
    await page.getByRole('button', { name: 'Send me a confirmation email' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
  }

  async function addUpdate(visibility: 'public' | 'internal', text: string) {
    const editor = await staffSession(register, 'editor', 'staffordshire');
    await editor.mutate('findings.addUpdate', {
      findingId: finding.finding_id,
      update: { date: null, author: 'force', visibility, text },
    });
  }

  it('says what is wrong with the address, where, and keeps what was typed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${register.url}/alerts?force=staffordshire`);
    await page.getByLabel('Email address', { exact: true }).fill('not an address');
    await page.getByRole('button', { name: 'Send me a confirmation email' }).click();
    await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await page
      .getByRole('link', {
        name: 'Enter an email address in the correct format, like name@example.com',
      })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('alert-email');
    expect(await page.getByLabel('Email address', { exact: true }).inputValue()).toBe(
      'not an address',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('confirms, sends a public update and not an internal one, and unsubscribes in one click', async () => {
    const page = await browser.context.newPage();
    await subscribe(page, 'resident@example.com');
    await subscribe(page, 'never.confirms@example.com');
    await expect.poll(() => mailsTo('resident@example.com').length, { timeout: 30_000 }).toBe(1);
    const [confirmation] = mailsTo('resident@example.com');
    expect(confirmation!.text).toContain('Subject: Confirm your email alerts');
    const confirm = linkIn(confirmation!, '/alerts/confirm')!;
    expect(confirm).toBeDefined();

    // The link opens a page with a button (a mail scanner's visit confirms nothing); the button confirms.
    await page.goto(confirm);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm email alerts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your email alerts have started' }).waitFor();
    await page.close();

    await addUpdate('internal', '<p>Internal only: not for the public.</p>');
    await addUpdate('public', '<p>The new vetting unit has cleared the backlog.</p>');
    await expect.poll(() => mailsTo('resident@example.com').length, { timeout: 60_000 }).toBe(2);
    const alert = mailsTo('resident@example.com')[1]!;
    expect(alert.text).toContain('Subject: 1 change to what you follow');
    // The finding by the name its page gives it, which the open data's row says too.
    expect(alert.text).toContain(`${finding.name}: new public update`);
    expect(alert.text).not.toContain('Internal only');
    expect(alert.text).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // A long header may be folded inside the <URL>; RFC 2369 has readers drop that whitespace, as here.
    const unsubscribe = here(
      /List-Unsubscribe: <([^>]+)>/.exec(alert.text)![1]!.replace(/\s+/g, ''),
    );

    // An address that never confirmed was sent its confirmation and nothing else.
    expect(
      mailsTo('never.confirms@example.com').map((m) => /Subject: (.*)/.exec(m.text)![1]),
    ).toEqual(['Confirm your email alerts from the Inspection Response Register']);

    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's address.
    const res = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You have unsubscribed');
    await addUpdate('public', '<p>Another public update.</p>');
    // Long enough for several scheduler runs past the settling time: nothing more arrives.
    await new Promise((r) => setTimeout(r, 15_000));
    expect(mailsTo('resident@example.com')).toHaveLength(2);
    expect(mailsTo('never.confirms@example.com')).toHaveLength(1);
  });
});
