import {
  allowedPublicationTransitions,
  type PublicationEvent,
  type PublicationTransition,
} from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useNavigationState } from '../lib/router';
import { STATUS_LABEL } from '../lib/format';
import { useRefetchOnConflict, useStoreRecord } from '../lib/record-cache';
import { checkedMove } from '../lib/record-moves';
import { roleIn } from '../lib/session';
import { useTRPC, type Me, type StaffRecord } from '../lib/trpc';
import { ChangesSinceSubmission } from './ChangesSinceSubmission';
import { ErrorMessage } from './Errors';

interface Action {
  label: string;
  reason?: string;
  hint?: string;
}

/** The moves made here; submit, approve, publish and withdrawing a submission go through "check your answers". */
const ACTION: Partial<Record<PublicationEvent, Action>> = {
  changes_requested: {
    label: 'Request changes',
    reason: 'What needs to change',
    hint: 'The editors see this on the record',
  },
  approval_reopened: { label: 'Reopen for editing' },
  returned_to_review: { label: 'Return to review' },
  withdrawn: {
    label: 'Withdraw',
    reason: 'Reason for withdrawing',
    hint: 'Shown publicly beside the withdrawn version',
  },
  new_version_started: { label: 'Start a new version' },
};

/**
 * The publication lifecycle: the moves the person's role allows from here. Submit, approve,
 * publish and withdrawing a submission open "check your answers" (pages/CheckAnswers.tsx); the
 * server checks again (self-approval, acceptances).
 */
export function WorkflowPanel({
  me,
  record,
  blocked,
}: {
  me: Me;
  record: StaffRecord;
  blocked: boolean;
}) {
  const trpc = useTRPC();
  const storeRecord = useStoreRecord();
  const [asking, setAsking] = useState<PublicationTransition | null>(null);
  // What the last move did, said on arrival from "check your answers" until the next move here.
  const [path, navigate] = useLocation();
  const moved = useNavigationState<{ moved: string }>()?.moved;
  const [reason, setReason] = useState('');
  const onError = useRefetchOnConflict(record.id);
  const move = useMutation(
    trpc.workflow.transition.mutationOptions({
      onError,
      onSuccess: (r) => {
        storeRecord(r);
        setAsking(null);
        setReason('');
        if (moved) navigate(path + window.location.search, { replace: true });
      },
    }),
  );
  const role = roleIn(me, record.organisation.id);
  const moves = role ? allowedPublicationTransitions(record.status, role) : [];
  const run = (t: PublicationTransition, withReason?: string) =>
    move.mutate({
      recordId: record.id,
      rowVersion: record.rowVersion,
      to: t.to,
      event: t.event,
      ...(withReason !== undefined && { reason: withReason }),
    });
  const asked = asking ? ACTION[asking.event] : null;

  return (
    <section className="panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title">Publication</h2>
      <p>
        Status:{' '}
        <strong className={`tag tag--${record.status}`}>{STATUS_LABEL[record.status]}</strong> ·
        version {record.draftVersion}
        {record.latestPublishedVersion !== null && (
          <> · latest published: version {record.latestPublishedVersion}</>
        )}
      </p>
      {record.changesRequestedReason && (
        <div className="notice">
          <strong>Changes requested:</strong> {record.changesRequestedReason}
        </div>
      )}
      {moved && (
        <p className="notice" role="status">
          {moved}
        </p>
      )}
      <ChangesSinceSubmission record={record} />
      {move.error && <ErrorMessage error={move.error} title="That did not happen" />}
      {blocked && moves.length > 0 && (
        <p className="hint">Save or discard your changes before moving the record on.</p>
      )}
      {asked && asking ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(asking, reason);
          }}
        >
          <div className="field">
            <label className="label" htmlFor="workflow-reason">
              {asked.reason}
            </label>
            {asked.hint && (
              <span className="hint" id="workflow-reason-hint">
                {asked.hint}
              </span>
            )}
            <textarea
              id="workflow-reason"
              className="textarea"
              aria-describedby={asked.hint ? 'workflow-reason-hint' : undefined}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
            />
          </div>
          <div className="button-group">
            <button type="submit" className="button" disabled={move.isPending}>
              {asked.label}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAsking(null)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        moves.length > 0 && (
          <div className="button-group">
            {moves.map((t) => {
              const checked = checkedMove(t.event);
              if (checked)
                return blocked ? (
                  <button key={t.event} type="button" className="button" disabled>
                    {checked.label}
                  </button>
                ) : (
                  <Link
                    key={t.event}
                    className={
                      t.event === 'submission_withdrawn' ? 'button button--secondary' : 'button'
                    }
                    to={`/records/${record.id}/check/${checked.slug}`}
                  >
                    {checked.label}
                  </Link>
                );
              const action = ACTION[t.event] ?? { label: t.action };
              return (
                <button
                  key={t.event}
                  type="button"
                  className={t.to === 'withdrawn' ? 'button button--warning' : 'button'}
                  disabled={blocked || move.isPending}
                  onClick={() => (action.reason ? setAsking(t) : run(t))}
                >
                  {action.label}
                </button>
              );
            })}
          </div>
        )
      )}
    </section>
  );
}
