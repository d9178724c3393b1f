import { allowedFindingTransitions, type FindingStatus, type Visibility } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { STATUS_LABEL } from '../../lib/format';
import { roleIn, useMe } from '../../lib/session';
import { isConflict, useTRPC, type StaffFinding, type StaffRecord } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ErrorMessage } from '../Errors';
import { RichTextEditor } from '../RichTextEditor';
import { VisibilityChoice } from '../VisibilityChoice';

const MOVE_LABEL: Record<string, string> = {
  in_progress: 'Move to in progress',
  completed: 'Mark completed',
  closed: 'Close',
  superseded: 'Mark superseded',
  no_longer_applicable: 'Mark no longer applicable',
};

const BLANK = {
  to: '' as FindingStatus | '',
  reason: '',
  finalUpdate: '',
  supersededBy: '',
  basis: '' as 'assured' | 'hmicfrs' | '',
  visibility: 'internal' as Visibility,
};

/** Moves the finding on (the moves this person's role allows), with what each move needs. */
export function FindingStatusForm({
  record,
  staff,
  ownChange,
  onSaved,
}: {
  record: StaffRecord;
  staff: StaffFinding;
  ownChange: OwnChange | null;
  onSaved: OnFindingSaved;
}) {
  const trpc = useTRPC();
  const { me } = useMe();
  const role = roleIn(me, record.organisation.id);
  const moves = role ? allowedFindingTransitions(staff.status, role) : [];
  const d = useFindingDraft({ recordId: record.id, staff, server: BLANK, ownChange });
  const { to, reason, finalUpdate, supersededBy, basis, visibility } = d.value;
  const move = useMutation(
    trpc.findings.transition.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
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
          rowVersion: d.rowVersion,
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
          onChange={(e) => d.set('to', e.target.value as FindingStatus)}
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
            onChange={(e) => d.set('reason', e.target.value)}
          />
        </div>
      )}
      {chosen?.guards.includes('finalUpdate') && (
        <RichTextEditor
          id="final-update"
          label="Final update: what was done"
          value={finalUpdate}
          onChange={(v) => d.set('finalUpdate', v)}
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
            onChange={(e) => d.set('supersededBy', e.target.value)}
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
          onChange={(v) => d.set('visibility', v)}
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
              onChange={() => d.set('basis', 'assured')}
            />{' '}
            We are assured the work is done
          </label>
          <label className="radio">
            <input
              type="radio"
              name="basis"
              checked={basis === 'hmicfrs'}
              onChange={() => d.set('basis', 'hmicfrs')}
            />{' '}
            HMICFRS closed it
          </label>
        </fieldset>
      )}
      <button type="submit" className="button" disabled={!to || move.isPending || d.conflict}>
        Change status
      </button>
    </form>
  );
}
