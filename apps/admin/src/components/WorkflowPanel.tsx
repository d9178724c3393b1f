import { allowedPublicationTransitions, type PublicationStatus } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { STATUS_LABEL } from '../lib/format';
import { useRefetchOnConflict, useStoreRecord } from '../lib/record-cache';
import { roleIn } from '../lib/session';
import { useTRPC, type Me, type StaffRecord } from '../lib/trpc';
import { ChangesSinceSubmission } from './ChangesSinceSubmission';
import { ErrorMessage } from './Errors';

interface Action {
  label: string;
  reason?: string;
  hint?: string;
  /** The input the text goes in: the move's reason, or why the report's date is not known. */
  field?: 'reason' | 'dateUnknownReason';
}

const ACTION: Record<string, Action> = {
  'draft>in_review': { label: 'Submit for review' },
  'in_review>draft': {
    label: 'Request changes',
    reason: 'What needs to change',
    hint: 'The editors see this on the record',
  },
  'in_review>approved': { label: 'Approve' },
  'approved>published': { label: 'Publish' },
  'approved>draft': { label: 'Reopen for editing' },
  'approved>in_review': { label: 'Return to review' },
  'published>withdrawn': {
    label: 'Withdraw',
    reason: 'Reason for withdrawing',
    hint: 'Shown publicly beside the withdrawn version',
  },
  'published>draft': { label: 'Start a new version' },
  'withdrawn>draft': { label: 'Start a new version' },
};

/** The publication lifecycle: the moves the person's role allows from here. The server checks again (self-approval, acceptances). */
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
  const [asking, setAsking] = useState<PublicationStatus | null>(null);
  const [reason, setReason] = useState('');
  const onError = useRefetchOnConflict(record.id);
  const move = useMutation(
    trpc.workflow.transition.mutationOptions({
      onError,
      onSuccess: (r) => {
        storeRecord(r);
        setAsking(null);
        setReason('');
      },
    }),
  );
  const role = roleIn(me, record.organisation.id);
  const moves = role ? allowedPublicationTransitions(record.status, role) : [];
  const run = (
    to: PublicationStatus,
    withReason?: string,
    field: 'reason' | 'dateUnknownReason' = 'reason',
  ) =>
    move.mutate({
      recordId: record.id,
      rowVersion: record.rowVersion,
      to,
      ...(withReason !== undefined && { [field]: withReason }),
    });
  // Approving without the report's publication date needs the reason it is not known.
  const actionFor = (key: string): Action | undefined =>
    key === 'in_review>approved' && record.report.publishedOn === null
      ? {
          label: 'Approve',
          reason: "Why the report's publication date is not known",
          hint: 'Enter the date under Report details if you have it; this reason is kept with the approval',
          field: 'dateUnknownReason',
        }
      : ACTION[key];
  const asked = asking ? actionFor(`${record.status}>${asking}`) : null;

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
      <ChangesSinceSubmission record={record} />
      {move.error && <ErrorMessage error={move.error} title="That did not happen" />}
      {blocked && moves.length > 0 && (
        <p className="hint">Save or discard your changes before moving the record on.</p>
      )}
      {asked && asking ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(asking, reason, asked.field);
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
              const action = actionFor(`${t.from}>${t.to}`) ?? { label: t.action };
              return (
                <button
                  key={t.to}
                  type="button"
                  className={t.to === 'withdrawn' ? 'button button--warning' : 'button'}
                  disabled={blocked || move.isPending}
                  onClick={() => (action.reason ? setAsking(t.to) : run(t.to))}
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
