import {
  allowedFindingTransitions,
  DATE_PRECISION_LABELS,
  INSPECTORATE_STATUS_SUGGESTIONS,
  slippageDays,
  type DatePrecision,
  type FindingStatus,
  type InspectorateStatus,
  type UpdateAuthor,
  type Visibility,
} from '@irr/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/Errors';
import { OwnerFields } from '../components/OwnerFields';
import { PageHeading } from '../components/PageHeading';
import { RichText } from '../components/RichText';
import { RichTextEditor } from '../components/RichTextEditor';
import { VisibilityChoice, VisibilityTag } from '../components/VisibilityChoice';
import {
  actionLabel,
  formatDate,
  formatInstant,
  formatUpdateDate,
  KIND_LABEL,
  STATUS_LABEL,
} from '../lib/format';
import { useRefetchOnConflict, useStoreRecord } from '../lib/record-cache';
import { useFocusFragment } from '../lib/focus-fragment';
import { ownerText } from '../lib/owner';
import { may, roleIn, useMe } from '../lib/session';
import { isConflict, useTRPC, type StaffFinding, type StaffRecord } from '../lib/trpc';
import { useUnsavedGuard } from '../lib/unsaved';

export default function FindingDetailPage() {
  const { recordId = '', findingId = '' } = useParams();
  const trpc = useTRPC();
  const q = useQuery(trpc.records.get.queryOptions({ recordId }));
  if (q.isLoading) return <Loading what="Loading the finding" />;
  const staff = q.data?.findings.find((f) => f.id === findingId);
  if (!q.data || !staff)
    return (
      <>
        <PageHeading title="Finding" />
        <ErrorMessage error={q.error ?? new Error('That finding is not in this record')} />
      </>
    );
  return <FindingDetail record={q.data} staff={staff} />;
}

const AUTHOR_LABEL: Record<UpdateAuthor, string> = {
  force: 'Force',
  opcc: 'OPCC',
  hmicfrs: 'HMICFRS',
};

function FindingDetail({ record, staff }: { record: StaffRecord; staff: StaffFinding }) {
  const trpc = useTRPC();
  const { me } = useMe();
  const finding = record.record.findings.find((f) => f.ref === staff.ref)!;
  const history = useQuery(trpc.findings.history.queryOptions({ findingId: staff.id }));
  const canEdit = may(me, record.organisation.id, 'editor');
  const [updateText, setUpdateText] = useState('');
  const superseded = finding.supersedes
    ? record.findings.find((f) => f.ref === finding.supersedes || f.id === finding.supersedes)
    : undefined;
  const slippage = slippageDays(staff);
  // "Check your answers" links to the owner field (#finding-owner).
  useFocusFragment();
  useUnsavedGuard(updateText.replace(/<[^>]*>/g, '').trim() !== '');
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/records">Records</Link> ›{' '}
        <Link to={`/records/${record.id}`}>{record.report.title}</Link>
      </p>
      <PageHeading
        title={`${staff.ref} · ${KIND_LABEL[finding.kind]}${finding.title ? `: ${finding.title}` : ''}`}
      />
      <p className="lead">
        {[finding.group.pillar, finding.group.area].filter(Boolean).join(' — ')}
      </p>
      <RichText html={finding.text} />
      <dl className="summary-list">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`tag tag--${staff.status}`}>{STATUS_LABEL[staff.status]}</span>
          </dd>
        </div>
        <div>
          <dt>HMICFRS status</dt>
          <dd>
            <InspectorateStatusText status={staff.inspectorateStatus} />
          </dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{ownerText(staff) ?? 'nobody yet'}</dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>
            {staff.targetDate ? formatDate(staff.targetDate) : 'not set'}
            {staff.originalTargetDate && staff.originalTargetDate !== staff.targetDate && (
              <> (originally {formatDate(staff.originalTargetDate)})</>
            )}
          </dd>
        </div>
        {finding.deadlinePhrase && (
          <div>
            <dt>Report&apos;s deadline</dt>
            <dd>{finding.deadlinePhrase}</dd>
          </div>
        )}
        {finding.supersedes && (
          <div>
            <dt>Continues or replaces</dt>
            <dd>
              {superseded ? (
                <Link to={`/records/${record.id}/findings/${superseded.id}`}>
                  {finding.supersedes}
                </Link>
              ) : (
                finding.supersedes
              )}
            </dd>
          </div>
        )}
        {slippage !== 0 && (
          <div>
            <dt>Slippage</dt>
            <dd className={slippage > 0 ? 'late' : undefined}>
              {slippage > 0
                ? `${slippage} days later than first planned`
                : `${-slippage} days earlier than first planned`}
            </dd>
          </div>
        )}
        {staff.causeStatus && (
          <div>
            <dt>Cause of concern</dt>
            <dd>{staff.causeStatus === 'closed' ? 'Closed by HMICFRS' : 'Open'}</dd>
          </div>
        )}
      </dl>
      {canEdit && <StatusForm record={record} staff={staff} />}
      {canEdit && <InspectorateStatusForm recordId={record.id} staff={staff} />}
      {canEdit && (
        <OwnerForm recordId={record.id} organisationId={record.organisation.id} staff={staff} />
      )}
      {canEdit && finding.kind === 'cause_of_concern' && staff.causeStatus !== 'closed' && (
        <CauseClosureForm recordId={record.id} staff={staff} />
      )}
      {canEdit && <TargetDateForm record={record} staff={staff} />}
      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">Target date revisions</h2>
        {history.data?.targetDateRevisions.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">On</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Reason</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {history.data.targetDateRevisions.map((r, i) => (
                <tr key={i}>
                  <td>{formatDate(r.on)}</td>
                  <td>{formatDate(r.from)}</td>
                  <td>{formatDate(r.to)}</td>
                  <td>
                    {r.reason} <VisibilityTag visibility={r.reasonVisibility} />
                  </td>
                  <td>{r.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>The target date has not been revised.</p>
        )}
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Updates and status changes</h2>
        <ol className="timeline">
          {staff.updates.map((u) => (
            <li key={u.id} className="timeline__item">
              <p className="timeline__meta">
                {formatUpdateDate(u.date, u.datePrecision)} · {AUTHOR_LABEL[u.author]} update ·{' '}
                <VisibilityTag visibility={u.visibility} />
              </p>
              <RichText html={u.text} />
            </li>
          ))}
          {history.data?.statusChanges.map((c, i) => (
            <li key={`s${i}`} className="timeline__item timeline__item--status">
              <p className="timeline__meta">
                {formatDate(c.on)} · status {STATUS_LABEL[c.from]} → {STATUS_LABEL[c.to]}
                {c.by && <> by {c.by}</>}
              </p>
              {c.reason && (
                <p>
                  Reason <VisibilityTag visibility={c.reasonVisibility} />: {c.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
        {staff.updates.length === 0 && !history.data?.statusChanges.length && (
          <p>No updates yet.</p>
        )}
      </section>
      {canEdit && <AddUpdate staff={staff} text={updateText} setText={setUpdateText} />}
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">Changes to this finding</h2>
        {history.data?.changes.length ? (
          <ul className="activity">
            {history.data.changes.map((c, i) => (
              <li key={i}>
                <span className="activity__when">{formatInstant(c.at)}</span> {c.by ?? 'System'}:{' '}
                {actionLabel(c.action)}
              </li>
            ))}
          </ul>
        ) : (
          <p>No changes recorded.</p>
        )}
      </section>
    </>
  );
}

function AddUpdate({
  staff,
  text,
  setText,
}: {
  staff: StaffFinding;
  text: string;
  setText: (s: string) => void;
}) {
  const trpc = useTRPC();
  const store = useStoreRecord();
  const [date, setDate] = useState('');
  const [month, setMonth] = useState('');
  const [precision, setPrecision] = useState<DatePrecision>('day');
  const [author, setAuthor] = useState<UpdateAuthor>('force');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const add = useMutation(
    trpc.findings.addUpdate.mutationOptions({
      onSuccess: (r) => {
        store(r);
        setText('');
      },
    }),
  );
  return (
    <form
      className="panel"
      aria-labelledby="add-update-title"
      onSubmit={(e) => {
        e.preventDefault();
        // A month-only date is sent as the 1st of its month, as it is stored.
        const given = precision === 'month' ? (month ? `${month}-01` : null) : date || null;
        add.mutate({
          findingId: staff.id,
          update: { date: given, datePrecision: precision, author, visibility, text },
        });
      }}
    >
      <h2 id="add-update-title">Add an update</h2>
      {add.error && <ErrorMessage error={add.error} title="The update was not added" />}
      <RichTextEditor
        id="update-text"
        label="Update"
        hint="What has happened since the last update"
        value={text}
        onChange={setText}
      />
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="update-precision">
            Date given as
          </label>
          <select
            id="update-precision"
            className="select"
            value={precision}
            onChange={(e) => setPrecision(e.target.value as DatePrecision)}
          >
            {Object.entries(DATE_PRECISION_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        {precision === 'month' ? (
          <div className="field">
            <label className="label" htmlFor="update-month">
              Month
            </label>
            <span className="hint" id="update-month-hint">
              Shown as the month only, for example &ldquo;May 2025&rdquo;; leave empty for this
              month
            </span>
            <input
              id="update-month"
              aria-describedby="update-month-hint"
              type="month"
              className="input input--date"
              value={month}
              onChange={(e) => setMonth(e.target.value)}
            />
          </div>
        ) : (
          <div className="field">
            <label className="label" htmlFor="update-date">
              Date
            </label>
            <span className="hint" id="update-date-hint">
              Leave empty for today
            </span>
            <input
              id="update-date"
              aria-describedby="update-date-hint"
              type="date"
              className="input input--date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label className="label" htmlFor="update-author">
            Written by
          </label>
          <select
            id="update-author"
            className="select"
            value={author}
            onChange={(e) => setAuthor(e.target.value as UpdateAuthor)}
          >
            {Object.entries(AUTHOR_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <VisibilityChoice name="update-visibility" value={visibility} onChange={setVisibility} />
      </div>
      <button type="submit" className="button" disabled={add.isPending}>
        Add update
      </button>
    </form>
  );
}

const MOVE_LABEL: Record<string, string> = {
  in_progress: 'Move to in progress',
  completed: 'Mark completed',
  closed: 'Close',
  superseded: 'Mark superseded',
  no_longer_applicable: 'Mark no longer applicable',
};

function StatusForm({ record, staff }: { record: StaffRecord; staff: StaffFinding }) {
  const trpc = useTRPC();
  const { me } = useMe();
  const store = useStoreRecord();
  const role = roleIn(me, record.organisation.id);
  const moves = role ? allowedFindingTransitions(staff.status, role) : [];
  const [to, setTo] = useState<FindingStatus | ''>('');
  const [reason, setReason] = useState('');
  const [finalUpdate, setFinalUpdate] = useState('');
  const [supersededBy, setSupersededBy] = useState('');
  const [basis, setBasis] = useState<'assured' | 'hmicfrs' | ''>('');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const onError = useRefetchOnConflict(record.id);
  const move = useMutation(
    trpc.findings.transition.mutationOptions({
      onError,
      onSuccess: (r) => {
        store(r);
        setTo('');
        setReason('');
        setFinalUpdate('');
        setSupersededBy('');
        setBasis('');
        setVisibility('internal');
      },
    }),
  );
  const chosen = moves.find((m) => m.to === to);
  if (moves.length === 0) return null;
  return (
    <form
      className="panel"
      aria-labelledby="status-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!to) return;
        move.mutate({
          findingId: staff.id,
          rowVersion: staff.rowVersion,
          to,
          ...(reason && { reason }),
          ...(finalUpdate && { finalUpdate }),
          ...(supersededBy && { supersededBy }),
          ...(basis && { closure: { basis } }),
          visibility,
        });
      }}
    >
      <h2 id="status-title">Change status</h2>
      {move.error && (
        <ErrorMessage
          error={move.error}
          title={
            isConflict(move.error)
              ? 'Someone else changed this finding first: check its status and try again'
              : 'The status did not change'
          }
        />
      )}
      <div className="field">
        <label className="label" htmlFor="status-to">
          New status
        </label>
        <select
          id="status-to"
          className="select"
          value={to}
          onChange={(e) => setTo(e.target.value as FindingStatus)}
        >
          <option value="">Choose</option>
          {moves.map((m) => (
            <option key={m.to} value={m.to}>
              {MOVE_LABEL[m.to] ?? m.action} ({STATUS_LABEL[m.to]})
            </option>
          ))}
        </select>
      </div>
      {chosen?.guards.includes('reason') && (
        <div className="field">
          <label className="label" htmlFor="status-reason">
            Reason
          </label>
          <textarea
            id="status-reason"
            className="textarea"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      {chosen?.guards.includes('finalUpdate') && (
        <RichTextEditor
          id="final-update"
          label="Final update: what was done"
          value={finalUpdate}
          onChange={setFinalUpdate}
        />
      )}
      {chosen?.guards.includes('supersededBy') && (
        <div className="field">
          <label className="label" htmlFor="superseded-by">
            Superseded by (the finding&apos;s reference or id)
          </label>
          <input
            id="superseded-by"
            className="input"
            value={supersededBy}
            onChange={(e) => setSupersededBy(e.target.value)}
          />
        </div>
      )}
      {chosen?.guards.some(
        (g) => g === 'reason' || g === 'finalUpdate' || g === 'supersededBy',
      ) && (
        <VisibilityChoice
          name="status-visibility"
          legend={
            chosen.guards.includes('finalUpdate')
              ? 'Who can see the final update?'
              : 'Who can see the reason?'
          }
          value={visibility}
          onChange={setVisibility}
        />
      )}
      {chosen?.guards.includes('closure') && (
        <fieldset className="fieldset">
          <legend>Why it is closed</legend>
          <label className="radio">
            <input
              type="radio"
              name="basis"
              checked={basis === 'assured'}
              onChange={() => setBasis('assured')}
            />{' '}
            We are assured the work is done
          </label>
          <label className="radio">
            <input
              type="radio"
              name="basis"
              checked={basis === 'hmicfrs'}
              onChange={() => setBasis('hmicfrs')}
            />{' '}
            HMICFRS closed it
          </label>
        </fieldset>
      )}
      <button type="submit" className="button" disabled={!to || move.isPending}>
        Change status
      </button>
    </form>
  );
}

function OwnerForm({
  recordId,
  organisationId,
  staff,
}: {
  recordId: string;
  organisationId: string;
  staff: StaffFinding;
}) {
  const trpc = useTRPC();
  const store = useStoreRecord();
  const onError = useRefetchOnConflict(recordId);
  // Null: as stored; the form shows the stored owner and team until either is changed.
  const [owner, setOwner] = useState<string | null>(null);
  const [team, setTeam] = useState<string | null>(null);
  const save = useMutation(
    trpc.findings.setOwner.mutationOptions({
      onError,
      onSuccess: (r) => {
        store(r);
        setOwner(null);
        setTeam(null);
      },
    }),
  );
  const ownerUserId = owner ?? staff.owner?.id ?? '';
  return (
    <form
      className="panel panel--inline"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          findingId: staff.id,
          rowVersion: staff.rowVersion,
          ownerUserId: ownerUserId || null,
          team: (team ?? staff.ownerTeam ?? '').trim() || null,
        });
      }}
    >
      {save.error && <ErrorMessage error={save.error} title="The owner was not saved" />}
      <OwnerFields
        idPrefix="finding"
        organisationId={organisationId}
        ownerUserId={ownerUserId}
        team={team ?? staff.ownerTeam ?? ''}
        onOwnerChange={setOwner}
        onTeamChange={setTeam}
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={(owner === null && team === null) || save.isPending}
      >
        Save owner
      </button>
    </form>
  );
}

function TargetDateForm({ record, staff }: { record: StaffRecord; staff: StaffFinding }) {
  const trpc = useTRPC();
  const { me } = useMe();
  const store = useStoreRecord();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const onError = useRefetchOnConflict(record.id);
  const save = useMutation(
    trpc.findings.setTargetDate.mutationOptions({
      onError,
      onSuccess: (r) => {
        store(r);
        setTo('');
        setReason('');
        setVisibility('internal');
      },
    }),
  );
  const revising = staff.targetDate !== null;
  if (revising && !may(me, record.organisation.id, 'approver'))
    return <p className="hint">Only an approver can revise the target date once it is set.</p>;
  return (
    <form
      className="panel"
      aria-labelledby="target-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          findingId: staff.id,
          rowVersion: staff.rowVersion,
          to,
          ...(reason && { reason }),
          visibility,
        });
      }}
    >
      <h2 id="target-title">{revising ? 'Revise the target date' : 'Set the target date'}</h2>
      {save.error && <ErrorMessage error={save.error} title="The target date was not saved" />}
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="target-date">
            New target date
          </label>
          <input
            id="target-date"
            type="date"
            className="input input--date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        {revising && (
          <div className="field">
            <label className="label" htmlFor="target-reason">
              Reason for the change
            </label>
            <span className="hint" id="target-reason-hint">
              Kept with the revision history; slippage is visible
            </span>
            <textarea
              id="target-reason"
              aria-describedby="target-reason-hint"
              className="textarea"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        )}
      </div>
      {revising && (
        <VisibilityChoice
          name="target-visibility"
          legend="Who can see the reason?"
          value={visibility}
          onChange={setVisibility}
        />
      )}
      <button type="submit" className="button" disabled={!to || save.isPending}>
        {revising ? 'Revise target date' : 'Set target date'}
      </button>
    </form>
  );
}

/** HMICFRS closes a cause of concern by letter, apart from its recommendations. */
function CauseClosureForm({ recordId, staff }: { recordId: string; staff: StaffFinding }) {
  const trpc = useTRPC();
  const store = useStoreRecord();
  const onError = useRefetchOnConflict(recordId);
  const [letterDate, setLetterDate] = useState('');
  const [letterLink, setLetterLink] = useState('');
  const close = useMutation(
    trpc.findings.closeCauseOfConcern.mutationOptions({ onError, onSuccess: store }),
  );
  return (
    <form
      className="panel"
      aria-labelledby="cause-title"
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate({
          findingId: staff.id,
          rowVersion: staff.rowVersion,
          letterDate,
          letterLink: letterLink.trim(),
        });
      }}
    >
      <h2 id="cause-title">Record HMICFRS closing this cause of concern</h2>
      {close.error && (
        <ErrorMessage error={close.error} title="The cause of concern was not closed" />
      )}
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="letter-date">
            Date of the HMICFRS letter
          </label>
          <input
            id="letter-date"
            type="date"
            className="input input--date"
            value={letterDate}
            onChange={(e) => setLetterDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="letter-link">
            Link to the letter
          </label>
          <span className="hint" id="letter-link-hint">
            An https:// address
          </span>
          <input
            id="letter-link"
            type="url"
            aria-describedby="letter-link-hint"
            className="input"
            value={letterLink}
            onChange={(e) => setLetterLink(e.target.value)}
          />
        </div>
      </div>
      <button
        type="submit"
        className="button"
        disabled={!letterDate || !letterLink.trim() || close.isPending}
      >
        Close the cause of concern
      </button>
    </form>
  );
}

function InspectorateStatusText({ status }: { status: InspectorateStatus | null }) {
  if (!status) return <>not recorded</>;
  return (
    <>
      {status.status}, given on {formatDate(status.on)}
      {status.source && (
        <>
          {' '}
          (<a href={status.source}>HMICFRS source</a>)
        </>
      )}
    </>
  );
}

/** HMICFRS's own status, as it gave it: an open list, with the register's usual values offered. */
function InspectorateStatusForm({ recordId, staff }: { recordId: string; staff: StaffFinding }) {
  const trpc = useTRPC();
  const store = useStoreRecord();
  const onError = useRefetchOnConflict(recordId);
  const current = staff.inspectorateStatus;
  const [status, setStatus] = useState(current?.status ?? '');
  const [on, setOn] = useState(current?.on ?? '');
  const [source, setSource] = useState(current?.source ?? '');
  const save = useMutation(
    trpc.findings.setInspectorateStatus.mutationOptions({
      onError,
      onSuccess: (r) => {
        store(r);
        const saved = r.findings.find((f) => f.id === staff.id)?.inspectorateStatus;
        setStatus(saved?.status ?? '');
        setOn(saved?.on ?? '');
        setSource(saved?.source ?? '');
      },
    }),
  );
  const set = (inspectorateStatus: InspectorateStatus | null) =>
    save.mutate({ findingId: staff.id, rowVersion: staff.rowVersion, inspectorateStatus });
  return (
    <form
      className="panel"
      aria-labelledby="inspectorate-title"
      onSubmit={(e) => {
        e.preventDefault();
        set({ status: status.trim(), on, source: source.trim() || null });
      }}
    >
      <h2 id="inspectorate-title">Record HMICFRS status</h2>
      {save.error && (
        <ErrorMessage
          error={save.error}
          title={
            isConflict(save.error)
              ? 'Someone else changed this finding first: check its HMICFRS status and try again'
              : 'The HMICFRS status was not saved'
          }
        />
      )}
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="inspectorate-status">
            HMICFRS status
          </label>
          <span className="hint" id="inspectorate-status-hint">
            As HMICFRS gave it: pick a usual one or type its own words
          </span>
          <input
            id="inspectorate-status"
            list="inspectorate-status-suggestions"
            aria-describedby="inspectorate-status-hint"
            className="input"
            maxLength={100}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          />
          <datalist id="inspectorate-status-suggestions">
            {INSPECTORATE_STATUS_SUGGESTIONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label className="label" htmlFor="inspectorate-on">
            Given on
          </label>
          <input
            id="inspectorate-on"
            type="date"
            className="input input--date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="inspectorate-source">
            Link to the source
          </label>
          <span className="hint" id="inspectorate-source-hint">
            Where HMICFRS said so, an https:// address; optional
          </span>
          <input
            id="inspectorate-source"
            type="url"
            aria-describedby="inspectorate-source-hint"
            className="input"
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
        </div>
      </div>
      <div className="button-group">
        <button type="submit" className="button" disabled={!status.trim() || !on || save.isPending}>
          Save HMICFRS status
        </button>
        {current && (
          <button
            type="button"
            className="button button--secondary"
            disabled={save.isPending}
            onClick={() => set(null)}
          >
            Clear HMICFRS status
          </button>
        )}
      </div>
    </form>
  );
}
