import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
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
        <MaybeUnreadable id={item.id} otherwise={state.text} />
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

/**
 * Nothing was read from it: a file the server could not open (its error is about the file, and there
 * is no text) says why; a record that only lacks its header fields needs review like the others.
 */
function MaybeUnreadable({ id, otherwise }: { id: string; otherwise: string }) {
  const imports = useImports();
  const view = useQuery({ queryKey: importKeys.one(id), queryFn: () => imports.get.query({ id }) });
  if (!view.data) return <span className="warning-text">{otherwise}</span>;
  const noText = view.data.source.every((l) => l.text.trim() === '');
  const first = view.data.reviewed.diagnostics.find((d) => d.severity === 'error');
  if (!noText && first?.field !== 'file') return <span className="warning-text">{otherwise}</span>;
  return <span className="warning-text">Cannot be read{first ? `: ${first.message}` : ''}</span>;
}
