import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mailer, MailSettings } from '@irr/api/use-cases';
import nodemailer from 'nodemailer';
import type { Config, MailConfig } from '../config.js';

/**
 * The server's mail: by SMTP (nodemailer) when IRR_SMTP_URL is set, else each mail written as an .eml
 * file to the outbox folder in the data folder, named by its Message-ID, so a mail sent again after a
 * crash replaces its file rather than adding a second.
 */
export function createMailer(config: MailConfig): Mailer {
  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
      });
      if (config.smtpUrl) return;
      mkdirSync(config.outboxDir, { recursive: true });
      const name = `${mail.messageId.replace(/[^\w.@-]+/g, '')}.eml`;
      const temporary = join(config.outboxDir, `.${name}.partial`);
      writeFileSync(temporary, (info as unknown as { message: Buffer }).message);
      renameSync(temporary, join(config.outboxDir, name));
    },
  };
}

/** Where mails link to (the admin app and portal at the public origin, or this server) and their Message-ID domain. */
export function mailSettings(config: Config): MailSettings {
  const origin =
    config.publicOrigin ??
    `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const from = /@([^>\s]+)>?$/.exec(config.mail.from)?.[1] ?? 'localhost';
  return {
    adminUrl: `${origin}/admin`,
    publicUrl: origin,
    domain: from,
    claimMs: config.mail.claimSeconds * 1000,
  };
}
