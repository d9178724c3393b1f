import { allowedFindingTransitions, FINDING_STATUS_LABELS, type FindingStatus } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { errorFor } from '../../lib/form-errors';
import { useFormFeedback } from '../../lib/form-feedback';
import { STATUS_LABEL } from '../../lib/format';
import { roleIn, useMe } from '../../lib/session';
import { statusMoveProblems, type StatusMove } from '../../lib/status-move';
import { useTRPC, type StaffFinding, type StaffRecord } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ActionButton } from '../form/ActionButton';
import { ErrorSummary } from '../form/ErrorSummary';
import { FieldError } from '../form/FieldError';
import { SuccessBanner } from '../form/SuccessBanner';
import { StatusMoveFields } from './StatusMoveFields';

const MOVE_LABEL: Record<string, string> = {
  in_progress: 'Move to in progress',
  completed: 'Mark completed',
  closed: 'Close',
  superseded: 'Mark superseded',
  no_longer_applicable: 'Mark no longer applicable',
};

const BLANK: StatusMove = {
  to: '',
  reason: '',
  finalUpdate: '',
  supersededBy: '',
  basis: '',
  visibility: 'internal',
};

const FIELDS = {
  to: { id: 'status-to', name: 'the new status' },
  reason: { id: 'status-reason', name: 'the reason' },
  finalUpdate: { id: 'final-update', name: 'the final update' },
  supersededBy: { id: 'superseded-by', name: 'the finding that supersedes it' },
  'closure.basis': { id: 'basis-assured', name: 'why it is closed' },
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
  const f = useFormFeedback();
  const role = roleIn(me, record.organisation.id);
  const moves = role ? allowedFindingTransitions(staff.status, role) : [];
  const d = useFindingDraft({ recordId: record.id, staff, server: BLANK, ownChange });
  const { to, reason, finalUpdate, supersededBy, basis, visibility } = d.value;
  const set: typeof d.set = (k, v) => {
    d.set(k, v);
    f.edited();
  };
  const move = useMutation(
    trpc.findings.transition.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
        f.confirm(`The status is now ${FINDING_STATUS_LABELS[vars.to].toLowerCase()}.`);
      },
    }),
  );
  const chosen = moves.find((m) => m.to === to);
  const errors = f.errors(
    move.error,
    FIELDS,
    'Someone else changed this finding first: check its status and try again',
  );
  if (moves.length === 0) return <SuccessBanner message={f.saved} />;
  return (
    <form
      className="panel"
      aria-labelledby="status-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!f.check(statusMoveProblems(d.value, chosen?.guards)) || !to) return;
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
      <SuccessBanner message={f.saved} />
      <ErrorSummary errors={errors} title="The status did not change" />
      <div className={`field${errorFor(errors, 'status-to') ? ' field--error' : ''}`}>
        <label className="label" htmlFor="status-to">
          New status
        </label>
        <FieldError id="status-to" message={errorFor(errors, 'status-to')} />
        <select
          id="status-to"
          className="select"
          aria-describedby={errorFor(errors, 'status-to') ? 'status-to-error' : undefined}
          aria-invalid={errorFor(errors, 'status-to') ? true : undefined}
          value={to}
          onChange={(e) => set('to', e.target.value as FindingStatus)}
        >
          <option value="">Choose</option>
          {moves.map((m) => (
            <option key={m.to} value={m.to}>
              {MOVE_LABEL[m.to] ?? m.action} ({STATUS_LABEL[m.to]})
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <StatusMoveFields guards={chosen.guards} value={d.value} set={set} errors={errors} />
      )}
      <ActionButton
        id="status-save"
        busy={move.isPending}
        why={d.conflict ? 'Loading their change first.' : null}
      >
        Change status
      </ActionButton>
    </form>
  );
}
