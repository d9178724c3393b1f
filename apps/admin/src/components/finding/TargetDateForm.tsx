import type { Visibility } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { may, useMe } from '../../lib/session';
import { useTRPC, type StaffFinding, type StaffRecord } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ErrorMessage } from '../Errors';
import { VisibilityChoice } from '../VisibilityChoice';

const BLANK = { to: '', reason: '', visibility: 'internal' as Visibility };

/** Sets the finding's target date; once set, only an approver revises it, with a reason. */
export function TargetDateForm({
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
  const d = useFindingDraft({ recordId: record.id, staff, server: BLANK, ownChange });
  const { to, reason, visibility } = d.value;
  const save = useMutation(
    trpc.findings.setTargetDate.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
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
          rowVersion: d.rowVersion,
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
            onChange={(e) => d.set('to', e.target.value)}
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
              onChange={(e) => d.set('reason', e.target.value)}
            />
          </div>
        )}
      </div>
      {revising && (
        <VisibilityChoice
          name="target-visibility"
          legend="Who can see the reason?"
          value={visibility}
          onChange={(v) => d.set('visibility', v)}
        />
      )}
      <button type="submit" className="button" disabled={!to || save.isPending || d.conflict}>
        {revising ? 'Revise target date' : 'Set target date'}
      </button>
    </form>
  );
}
