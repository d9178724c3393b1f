/** A mail as the server's transport sends it (SMTP, or the outbox folder when none is set). */
export interface OutgoingMail {
  /** The account it is for (kept with the job, so admins see their own people's mail). */
  personId: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** The same for every try of one job, so a mail sent twice after a crash is known as one. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}
