import { publicResponsePath } from '@irr/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ChangesSinceSubmission } from '../components/ChangesSinceSubmission';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { fixLink, type MissingItem } from '../lib/fix-link';
import { formatDate, STATUS_LABEL } from '../lib/format';
import { useRefetchOnConflict, useStoreRecord } from '../lib/record-cache';
import { checkedMoveBySlug, consequences, type CheckedMove } from '../lib/record-moves';
import { may, useMe } from '../lib/session';
import { useTRPC, type StaffRecord } from '../lib/trpc';

type Item = MissingItem & { severity: 'now' | 'for_approval' | 'advice'; message: string };

const REASON_ID = 'date-unknown-reason';

/** "Check your answers" before submit, approve, publish or withdrawing a submission. */
export default function CheckAnswersPage() {
  const { recordId = '', move: slug } = useParams();
  const move = checkedMoveBySlug(slug);
  const trpc = useTRPC();
  const record = useQuery(trpc.records.get.queryOptions({ recordId }));
  const check = useQuery({
    ...trpc.workflow.check.queryOptions({
      recordId,
      to: move?.to ?? 'in_review',
      event: move?.event,
    }),
    enabled: move !== undefined,
    // Always asked afresh: what is missing changes with every fix, on other pages.
    staleTime: 0,
    gcTime: 0,
  });
  if (!move)
    return (
      <>
        <PageHeading title="Page not found" />
        <p>
          There is no such step. <Link to={`/records/${recordId}`}>Back to the record</Link>
        </p>
      </>
    );
  if (record.isLoading || check.isLoading) return <Loading what="Checking the record" />;
  if (!record.data || !check.data)
    return (
      <>
        <PageHeading title={`Check before you ${move.verb}`} />
        <ErrorMessage error={record.error ?? check.error} />
      </>
    );
  return <CheckAnswers move={move} record={record.data} items={check.data.items} />;
}

function CheckAnswers({
  move,
  record,
  items,
}: {
  move: CheckedMove;
  record: StaffRecord;
  items: Item[];
}) {
  const trpc = useTRPC();
  const { me } = useMe();
  const [, navigate] = useLocation();
  const storeRecord = useStoreRecord();
  const onError = useRefetchOnConflict(record.id);
  const [reason, setReason] = useState('');
  const confirm = useMutation(
    trpc.workflow.transition.mutationOptions({
      onError,
      onSuccess: (r) => {
        storeRecord(r);
        void navigate(
          move.event === 'published' ? `/records/${r.id}/published` : `/records/${r.id}`,
          { state: { moved: move.done } },
        );
      },
    }),
  );
  const editable =
    may(me, record.organisation.id, 'editor') &&
    (record.status === 'draft' || record.status === 'approved');
  // The approval step asks why the report's date is unknown: the one refusal put right here.
  const asksReason = items.some((i) => i.severity === 'now' && i.field === 'dateUnknownReason');
  const refusals = items.filter((i) => i.severity === 'now' && i.field !== 'dateUnknownReason');
  const forApproval = items.filter((i) => i.severity === 'for_approval');
  const advice = items.filter((i) => i.severity === 'advice');
  const title = `Check before you ${move.verb}`;
  const publicPath = publicResponsePath(record.organisation.slug, record.slug, record.draftVersion);

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/records">Records</Link> ›{' '}
        <Link to={`/records/${record.id}`}>{record.report.title}</Link>
      </p>
      <PageHeading title={title} />
      {refusals.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="refusals-title">
          <h2 className="error-summary__title" id="refusals-title">
            You cannot {move.verb} yet
          </h2>
          <ItemList items={refusals} recordId={record.id} editable={editable} />
          {refusals.some((i) => i.code === 'ACCEPTANCE_MISSING') && !editable && (
            <p>Request changes on the record page so that an editor can put these right.</p>
          )}
        </div>
      )}

      <dl className="summary-list" aria-label="The response">
        <div>
          <dt>Response</dt>
          <dd>
            {record.organisation.name}: {record.report.title}
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>
            {record.draftVersion} ({STATUS_LABEL[record.status]})
          </dd>
        </div>
        <div>
          <dt>Report published on</dt>
          <dd>
            {record.report.publishedOn ? formatDate(record.report.publishedOn) : 'Not known'}{' '}
            <Link to={`/records/${record.id}#report-published-on-day`}>
              Change<span className="visually-hidden"> the report&apos;s publication date</span>
            </Link>
          </dd>
        </div>
        <div>
          <dt>Findings</dt>
          <dd>{record.findings.length}</dd>
        </div>
      </dl>

      <section aria-labelledby="what-happens-title">
        <h2 id="what-happens-title">What will happen</h2>
        {consequences(move, {
          organisationName: record.organisation.name,
          reportTitle: record.report.title,
          draftVersion: record.draftVersion,
          latestPublishedVersion: record.latestPublishedVersion,
          publicPath,
        }).map((p) => (
          <p key={p}>{p}</p>
        ))}
        {/* What the approval or publication will include that the submission did not. */}
        {(move.event === 'approved' || move.event === 'published') && (
          <ChangesSinceSubmission record={record} />
        )}
      </section>

      {forApproval.length > 0 && (
        <section aria-labelledby="for-approval-title">
          <h2 id="for-approval-title">Needed before it can be approved</h2>
          <p>You can submit it now, but an approver cannot approve it until these are put right:</p>
          <ItemList items={forApproval} recordId={record.id} editable={editable} />
        </section>
      )}
      {advice.length > 0 && (
        <section aria-labelledby="advice-title">
          <h2 id="advice-title">Worth checking</h2>
          <p>Nothing stops you doing this without them, but:</p>
          <ItemList items={advice} recordId={record.id} editable={editable} />
        </section>
      )}
      {refusals.length + forApproval.length + advice.length === 0 && !asksReason && (
        <p>Nothing is missing.</p>
      )}

      {confirm.error && <ErrorMessage error={confirm.error} title="That did not happen" />}
      {refusals.length > 0 ? (
        <p>
          <Link to={`/records/${record.id}`}>Back to the record</Link>
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm.mutate({
              recordId: record.id,
              rowVersion: record.rowVersion,
              to: move.to,
              event: move.event,
              ...(asksReason && { dateUnknownReason: reason }),
            });
          }}
        >
          {asksReason && (
            <div className="field">
              <h2>The report&apos;s publication date is not known</h2>
              <label className="label" htmlFor={REASON_ID}>
                Why the report&apos;s publication date is not known
              </label>
              <span className="hint" id={`${REASON_ID}-hint`}>
                Approval needs the date or this reason, which is kept with the approval.{' '}
                <Link to={`/records/${record.id}#report-published-on-day`}>
                  Enter the date under Report details
                </Link>{' '}
                if you have it.
              </span>
              <textarea
                id={REASON_ID}
                className="textarea"
                aria-describedby={`${REASON_ID}-hint`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
              />
            </div>
          )}
          <div className="button-group">
            <button
              type="submit"
              className={
                move.event === 'submission_withdrawn' ? 'button button--warning' : 'button'
              }
              disabled={confirm.isPending}
            >
              {move.label}
            </button>
            <Link className="button button--secondary" to={`/records/${record.id}`}>
              Cancel
            </Link>
          </div>
        </form>
      )}
    </>
  );
}

function ItemList({
  items,
  recordId,
  editable,
}: {
  items: Item[];
  recordId: string;
  editable: boolean;
}) {
  return (
    <ul className="error-summary__list">
      {items.map((item) => {
        const to = fixLink(recordId, item, editable);
        return (
          <li key={`${item.code}-${item.findingRef ?? ''}-${item.field ?? ''}`}>
            {to ? <Link to={to}>{item.message}</Link> : item.message}
          </li>
        );
      })}
    </ul>
  );
}
