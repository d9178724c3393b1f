import { PUBLICATION_STATUS_LABELS, type ImportDecision } from '@irr/domain';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../lib/format';
import type { ConfirmAction, Meeting, MeetingReport, PendingImportView } from '../../lib/imports';
import { notReadyReason } from './ImportActions';
import { WordDiff } from './WordDiff';

const reportName = (r: MeetingReport) =>
  `${r.title}${r.publishedOn ? `, published ${formatDate(r.publishedOn)}` : ''}`;

/**
 * The import meets a report already held: which one, with a link to its response, and exactly the
 * choices the contract allows for it (open, replace the draft, next version; or create).
 */
export function MeetingPanel({
  view,
  busy,
  onDecide,
  onUndo,
  onConfirm,
}: {
  view: PendingImportView;
  busy: boolean;
  onDecide: (decision: ImportDecision) => void;
  /** Takes back a decision (the answer to the same-inspection question). */
  onUndo: (decision: ImportDecision) => void;
  onConfirm: (action: ConfirmAction) => void;
}) {
  const meeting = view.meeting;
  if (!meeting) return null;
  const answered = view.decisions.find((d) => d.kind === 'report');
  const pending = view.status === 'pending';
  return (
    <section className="panel" aria-labelledby="meeting-title">
      <h2 id="meeting-title">
        {meeting.match === 'near' && !answered
          ? 'This may be an inspection already held'
          : 'This inspection is already held'}
      </h2>
      {meeting.match === 'near' && meeting.choices.length === 0 && pending ? (
        <SameInspectionQuestion meeting={meeting} busy={busy} onDecide={onDecide} />
      ) : (
        <>
          {answered?.kind === 'report' && answered.reportId === null ? (
            <p>
              You said this is a different inspection from{' '}
              <strong>{reportName(meeting.report)}</strong>: importing creates a new report.
            </p>
          ) : (
            <p>
              {answered ? 'You said this is' : 'This import is for'}{' '}
              <strong>{reportName(meeting.report)}</strong>{' '}
              <span className="hint">({meeting.why})</span>.
            </p>
          )}
          {answered?.kind === 'report' && pending && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => onUndo(answered)}
            >
              Change the answer
            </button>
          )}
          {answered?.kind === 'report' && answered.reportId === null ? null : (
            <HeldRecord meeting={meeting} />
          )}
          {pending && <Choices view={view} meeting={meeting} busy={busy} onConfirm={onConfirm} />}
        </>
      )}
    </section>
  );
}

function HeldRecord({ meeting }: { meeting: Meeting }) {
  const record = meeting.record;
  if (!record) return <p>{NO_RECORD}</p>;
  const published = record.latestPublishedVersion;
  return (
    <p>
      Its response here is <strong>{PUBLICATION_STATUS_LABELS[record.status].toLowerCase()}</strong>{' '}
      (draft version {record.draftVersion}
      {published !== null && <>, latest published version {published}</>}).{' '}
      {meeting.choices.includes('open') && (
        <Link to={`/records/${record.id}`}>Open the response</Link>
      )}
    </p>
  );
}

const NO_RECORD =
  'There is no response to it here yet: importing creates one for this report, not a second report.';

function SameInspectionQuestion({
  meeting,
  busy,
  onDecide,
}: {
  meeting: Meeting;
  busy: boolean;
  onDecide: (decision: ImportDecision) => void;
}) {
  const candidates = meeting.candidates.length ? meeting.candidates : [meeting.report];
  const [answer, setAnswer] = useState<string | null>(null);
  const [problem, setProblem] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (answer === null) return setProblem(true);
        onDecide({ kind: 'report', reportId: answer === 'new' ? null : answer });
      }}
    >
      <fieldset className="fieldset">
        <legend>Is this the same inspection as {reportName(candidates[0]!)}?</legend>
        <p className="hint">{meeting.why}</p>
        {candidates.map((c) => (
          <label key={c.id} className="radio">
            <input
              type="radio"
              name="same-inspection"
              value={c.id}
              checked={answer === c.id}
              onChange={() => setAnswer(c.id)}
            />{' '}
            Yes, it is {reportName(c)}
            {c.link && (
              <>
                {' '}
                (<a href={c.link}>the report</a>)
              </>
            )}
          </label>
        ))}
        <label className="radio">
          <input
            type="radio"
            name="same-inspection"
            value="new"
            checked={answer === 'new'}
            onChange={() => setAnswer('new')}
          />{' '}
          No, it is a different inspection
        </label>
        {problem && answer === null && (
          <p className="error-message" role="alert">
            Choose an answer
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          Answer
        </button>
      </fieldset>
    </form>
  );
}

function Choices({
  view,
  meeting,
  busy,
  onConfirm,
}: {
  view: PendingImportView;
  meeting: Meeting;
  busy: boolean;
  onConfirm: (action: ConfirmAction) => void;
}) {
  const record = meeting.record;
  if (!record) return null;
  const reason = notReadyReason(view);
  const canSave = reason === null;
  const why = (id: string) =>
    reason && (
      <span id={id} className="hint">
        {' '}
        {reason}
      </span>
    );
  const diff = view.existingText !== null && view.importedText !== null && (
    <WordDiff
      before={view.existingText}
      after={view.importedText}
      caption="What changes: the response held here against this import"
    />
  );
  const next = (record.latestPublishedVersion ?? record.draftVersion) + 1;
  return (
    <>
      {meeting.choices.length === 1 && meeting.choices[0] === 'open' && (
        <p>
          It is {PUBLICATION_STATUS_LABELS[record.status].toLowerCase()}: importing over it would
          bypass its review. Open it to request changes first.
        </p>
      )}
      {meeting.choices.includes('replace_draft') && (
        <section aria-labelledby="replace-title">
          <h3 id="replace-title">Replace the draft</h3>
          <p>
            The draft takes this import&rsquo;s text. Findings keep their owners, status and updates
            where the reference matches.
          </p>
          {diff}
          <button
            type="button"
            className="button button--warning"
            disabled={busy || !canSave}
            aria-describedby={reason ? 'replace-why-not' : undefined}
            onClick={() => onConfirm('replace_draft')}
          >
            Replace the draft with this import
          </button>
          {why('replace-why-not')}
        </section>
      )}
      {meeting.choices.includes('next_version') && (
        <section aria-labelledby="next-title">
          <h3 id="next-title">Import as the next version</h3>
          <p>The published response stays as it is; this import becomes draft version {next}.</p>
          {diff}
          <button
            type="button"
            className="button"
            disabled={busy || !canSave}
            aria-describedby={reason ? 'next-why-not' : undefined}
            onClick={() => onConfirm('next_version')}
          >
            Import as draft version {next}
          </button>
          {why('next-why-not')}
        </section>
      )}
    </>
  );
}
