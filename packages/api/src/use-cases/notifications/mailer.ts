/** A mail as the server's transport sends it (SMTP, or the outbox folder when none is set). */
export interface OutgoingMail {
  /** The account it is for (kept with the job, so admins see their own people's mail); null for the public's alerts. */
  personId: string | null;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** The same for every try of one job, so a mail sent twice after a crash is known as one. */
  messageId: string;
  /** Extra headers (List-Unsubscribe). */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}
