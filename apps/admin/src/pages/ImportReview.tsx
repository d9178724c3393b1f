import type { ImportDecision } from '@irr/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ErrorMessage, Loading } from '../components/Errors';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { DecisionList } from '../components/import/DecisionList';
import { HeaderFieldsForm } from '../components/import/HeaderFieldsForm';
import { ImportActions } from '../components/import/ImportActions';
import { MeetingPanel } from '../components/import/MeetingPanel';
import { ReportFindingQuestions } from '../components/import/ReportFindingQuestions';
import { ReviewConflict } from '../components/import/ReviewConflict';
import { ReviewProblems } from '../components/import/ReviewProblems';
import { SourceView } from '../components/import/SourceView';
import { StructureView } from '../components/import/StructureView';
import { UnplacedBlockForm } from '../components/import/UnplacedBlockForm';
import { PageHeading } from '../components/PageHeading';
import { withDecision, withDecisions } from '../lib/decisions';
import { formErrorsOf } from '../lib/form-errors';
import { importKeys, useImports, useRefreshAfterImport, type ConfirmAction } from '../lib/imports';
import { isConflict } from '../lib/trpc';
import { useReview } from '../lib/use-review';

const OUTCOME = {
  created: 'Imported as a new draft response',
  replaced_draft: 'The draft now has the imported text',
  new_version: 'Imported as a new draft version',
} as const;

export default function ImportReview() {
  const { id = '' } = useParams();
  const imports = useImports();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { view, decide, change, conflicted, resolveConflict } = useReview(id);
  const done = useRef<HTMLDivElement>(null);
  const refresh = useRefreshAfterImport();

  const confirm = useMutation({
    mutationFn: (action: ConfirmAction) => {
      const v = view.data!;
      const existing = v.meeting?.record?.rowVersion;
      return imports.confirm.mutate({
        id,
        rowVersion: v.rowVersion,
        action,
        ...(action !== 'create' && existing !== undefined ? { existingRowVersion: existing } : {}),
      });
    },
    onSettled: refresh,
  });
  const discard = useMutation({
    mutationFn: () => imports.discard.mutate({ id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: importKeys.all });
      navigate('/import');
    },
  });
  useEffect(() => {
    if (confirm.data) done.current?.focus();
  }, [confirm.data]);

  if (view.isPending) return <Loading what="Loading the import" />;
  if (view.error) return <ErrorMessage error={view.error} title="This import cannot be shown" />;
  const v = view.data;
  const busy = decide.isPending || confirm.isPending || discard.isPending;
  const editable = v.status === 'pending' && !confirm.data;
  const add = (d: ImportDecision) => change((list) => withDecision(list, d));
  const undo = (d: ImportDecision) => change((list) => list.filter((x) => !sameJson(x, d)));
  const record = v.reviewed.record;

  return (
    <>
      <PageHeading title={`Review the import of ${v.fileName}`} />
      <p className="lead">
        {v.reportTitle ?? 'No report title was read'}
        {v.organisation && <> — {v.organisation}</>}
      </p>
      {confirm.data && (
        <div className="notice" role="status" tabIndex={-1} ref={done}>
          <h2>{OUTCOME[confirm.data.outcome]}</h2>
          <p>
            <Link to={`/records/${confirm.data.recordId}`}>Open the record</Link>
          </p>
        </div>
      )}
      {!confirm.data && v.status === 'imported' && v.resultRecordId && (
        <div className="notice">
          <p>
            This import has been saved.{' '}
            <Link to={`/records/${v.resultRecordId}`}>Open the record</Link>
          </p>
        </div>
      )}
      {v.status === 'discarded' && <p className="notice">This import was discarded.</p>}
      {conflicted && <ReviewConflict onResolve={(reapply) => void resolveConflict(reapply)} />}
      {/* A refused decision, summarised at the top in words and focused (GOV.UK). */}
      {decide.error && !isConflict(decide.error) && (
        <ErrorSummary errors={formErrorsOf(decide.error, {})} title="Your change was not saved" />
      )}
      <ErrorMessage
        error={confirm.error}
        title={
          isConflict(confirm.error)
            ? 'The response changed since you reviewed it'
            : 'Nothing was imported'
        }
      />
      <ErrorMessage error={discard.error} title="The import was not discarded" />
      {editable && (
        <ReviewProblems
          diagnostics={v.reviewed.diagnostics}
          unplaced={v.reviewed.unplaced}
          lines={v.source}
        />
      )}
      <MeetingPanel
        view={v}
        busy={busy}
        onDecide={add}
        onUndo={undo}
        onConfirm={(action) => confirm.mutate(action)}
      />
      <ReportFindingQuestions view={v} busy={busy} onDecide={add} />
      {editable && (
        <ImportActions
          view={v}
          busy={busy}
          onCreate={() => confirm.mutate('create')}
          onDiscard={() => {
            if (
              window.confirm(`Discard the import of ${v.fileName}? Nothing of it has been saved.`)
            )
              discard.mutate();
          }}
        />
      )}
      <DecisionList decisions={v.decisions} busy={busy} editable={editable} onUndo={undo} />
      <div className="review-columns">
        <section aria-labelledby="source-title" className="review-columns__source">
          <h2 id="source-title">Source</h2>
          <SourceView
            lines={v.source}
            diagnostics={v.reviewed.diagnostics}
            unplaced={editable ? v.reviewed.unplaced : []}
            renderBlock={(block) => (
              <UnplacedBlockForm
                block={block}
                findings={record?.findings ?? []}
                busy={busy}
                onPlace={add}
              />
            )}
          />
        </section>
        <section aria-labelledby="structure-title" className="review-columns__structure">
          <h2 id="structure-title">What was read</h2>
          {editable && (
            <HeaderFieldsForm
              key={JSON.stringify(v.decisions.filter((d) => d.kind === 'header'))}
              record={record}
              decisions={v.decisions}
              busy={busy}
              onDecide={(changes) => change((list) => withDecisions(list, changes))}
            />
          )}
          {record ? (
            <StructureView
              record={record}
              findingLines={v.findingLines}
              editable={editable}
              busy={busy}
              onDecide={add}
            />
          ) : (
            <p>
              No record could be made yet: a required header field is missing. Fill it in above.
            </p>
          )}
        </section>
      </div>
    </>
  );
}

const sameJson = (a: ImportDecision, b: ImportDecision) => JSON.stringify(a) === JSON.stringify(b);
