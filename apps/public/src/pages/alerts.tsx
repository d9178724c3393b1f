/** @jsxRuntime automatic */
import { ALERT_CONFIRMATION_DAYS, ALERT_FREQUENCY_LABELS, AlertFrequency } from '@irr/domain';

/** What the subscribe form follows, as the hidden fields that name it and the words that say it. */
export interface AlertTargetView {
  label: string;
  path: string;
  fields: [string, string][];
}

/** A form's problem in the GOV.UK pattern: a summary at the top linking to the field, and the field's message. */
export interface FormProblem {
  field: 'email' | 'frequency';
  message: string;
}

export function SubscribePage({
  target,
  problem,
  email,
  frequency,
}: {
  target: AlertTargetView;
  problem: FormProblem | null;
  email: string;
  frequency: AlertFrequency;
}) {
  const emailError = problem?.field === 'email' ? problem.message : null;
  return (
    <>
      {problem && (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">There is a problem</h2>
          <ul>
            <li>
              {/* The frequency's first radio, as the GOV.UK pattern links a radio group's problem. */}
              <a
                href={
                  problem.field === 'email'
                    ? '#alert-email'
                    : `#alert-frequency-${AlertFrequency.options[0]}`
                }
              >
                {problem.message}
              </a>
            </li>
          </ul>
        </div>
      )}
      <h1>Get email alerts</h1>
      <p className="lead">
        {'We will email you when this changes: '}
        <a href={target.path}>{target.label}</a>.
      </p>
      <p>
        That is a new or withdrawn response, a public update on a finding, a finding’s status
        changing or its target date moving. Updates the office keeps internal are never sent.
      </p>
      <form action="/alerts" method="post" noValidate>
        {target.fields.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className={emailError ? 'field field--error' : 'field'}>
          <label htmlFor="alert-email">Email address</label>
          {emailError && (
            <p className="field-error" id="alert-email-error">
              <span className="visually-hidden">Error: </span>
              {emailError}
            </p>
          )}
          <input
            type="email"
            id="alert-email"
            name="email"
            autoComplete="email"
            spellCheck={false}
            maxLength={254}
            defaultValue={email}
            aria-describedby={emailError ? 'alert-email-error' : undefined}
            aria-invalid={emailError ? true : undefined}
          />
        </div>
        <fieldset className="field">
          <legend>How often</legend>
          {AlertFrequency.options.map((f) => (
            <div key={f} className="radio">
              <input
                type="radio"
                id={`alert-frequency-${f}`}
                name="frequency"
                value={f}
                defaultChecked={f === frequency}
              />
              <label htmlFor={`alert-frequency-${f}`}>{ALERT_FREQUENCY_LABELS[f]}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <button type="submit">Send me a confirmation email</button>
        </div>
      </form>
      <PrivacyNotice />
    </>
  );
}

/** What is kept, why and for how long: shown where the address is asked for. */
function PrivacyNotice() {
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">How we use your email address</h2>
      <ul>
        <li>
          We keep your email address, what you follow and how often you want to hear, only to send
          these alerts. It is never shown to anyone, including the offices that publish responses,
          and never used for anything else.
        </li>
        <li>
          {`Nothing is sent until you confirm by the link we email you. If you do not confirm, we delete your address after ${ALERT_CONFIRMATION_DAYS} days.`}
        </li>
        <li>
          Every email has an unsubscribe link. Using it stops the alerts and deletes your address
          and everything you follow at once.
        </li>
        <li>
          We send at most one confirmation email to an address a day, and at most one alert email a
          day.
        </li>
      </ul>
    </section>
  );
}

export function CheckEmailPage({ target }: { target: string }) {
  return (
    <>
      <h1>Check your email</h1>
      <p className="lead">
        {`If the address can receive alerts, we have sent it a link to confirm alerts about ${target}.`}
      </p>
      <p>
        Nothing is sent until you use that link. If you already asked today, the link in the email
        we sent then confirms this too.
      </p>
    </>
  );
}

/** The step a mailed link opens: a button, so a mail scanner that opens links changes nothing. */
export function LinkButtonPage({
  action,
  token,
  title,
  lead,
  button,
}: {
  action: '/alerts/confirm' | '/alerts/unsubscribe';
  token: string;
  title: string;
  lead: string;
  button: string;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      <form action={action} method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit">{button}</button>
      </form>
    </>
  );
}

export function ConfirmedPage({ confirmed }: { confirmed: number }) {
  return (
    <>
      <h1>Your email alerts have started</h1>
      <p className="lead">
        {confirmed === 1
          ? 'We will email you when what you asked to follow changes.'
          : `We will email you when any of the ${confirmed} things you asked to follow changes.`}
      </p>
      <p>Every email has a link to unsubscribe, which also deletes your address.</p>
    </>
  );
}

export function UnsubscribedPage() {
  return (
    <>
      <h1>You have unsubscribed</h1>
      <p className="lead">
        You will get no more email alerts, and we have deleted your address and everything you
        followed.
      </p>
    </>
  );
}

export function LinkInvalidPage({ message }: { message: string }) {
  return (
    <>
      <h1>This link does not work</h1>
      <p className="lead">{message}</p>
    </>
  );
}
