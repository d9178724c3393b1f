/** The mail that asks an address to confirm what it asked to follow. */
export const ALERT_CONFIRMATION_JOB = 'alert-confirmation';
export interface AlertConfirmationPayload {
  subscriberId: string;
}

/** One alert mail: the public changes an address follows, written after `after` and up to `through`. */
export const ALERT_JOB = 'alert';
export interface AlertPayload {
  subscriberId: string;
  after: string;
  through: string;
}
