import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { importKeys, useImports, type PendingImportSummary } from '../../lib/imports';
import { importState, unreadable } from '../../lib/import-status';

export interface BatchResult {
  outcome: 'created' | 'skipped';
  recordId: string | null;
  message: string | null;
}

/** One record of a batch in a line: its file, organisation and report, and where it stands. */
export function BatchLine({
  item,
  result,
}: {
  item: PendingImportSummary;
  result: BatchResult | null;
}) {
  const state = importState(item);
  const recordId = result?.recordId ?? item.resultRecordId;
  return (
    <li>
      <Link to={`/import/review/${item.id}`}>{item.fileName}</Link>
      {item.format === 'record-text' && item.startLine > 1 && (
        <span className="hint">
          {' '}
          (lines {item.startLine}–{item.endLine})
        </span>
      )}
      {(item.organisation || item.reportTitle) && (
        <> — {[item.organisation, item.reportTitle].filter(Boolean).join(': ')}</>
      )}
      <br />
      {result?.outcome === 'skipped' ? (
        <span className="warning-text">Not imported: {result.message}</span>
      ) : unreadable(item) ? (
        <CannotBeRead id={item.id} />
      ) : (
        <span className={state.attention ? 'warning-text' : undefined}>{state.text}</span>
      )}
      {recordId && (
        <>
          {' '}
          <Link to={`/records/${recordId}`}>
            Open the record<span className="visually-hidden"> from {item.fileName}</span>
          </Link>
        </>
      )}
    </li>
  );
}

/** The reason a file could not be read: the first error of its review. */
function CannotBeRead({ id }: { id: string }) {
  const imports = useImports();
  const view = useQuery({ queryKey: importKeys.one(id), queryFn: () => imports.get.query({ id }) });
  const first = view.data?.reviewed.diagnostics.find((d) => d.severity === 'error');
  return <span className="warning-text">Cannot be read{first ? `: ${first.message}` : ''}</span>;
}
