import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { BatchLine, type BatchResult } from '../components/import/BatchLine';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { importKeys, useImports, useRefreshAfterImport } from '../lib/imports';
import { importsAlone } from '../lib/import-status';
import { useNavigationState } from '../lib/router';
import type { NotSent } from '../lib/use-staging';

export default function ImportBatch() {
  const { batchId = '' } = useParams();
  const imports = useImports();
  const refresh = useRefreshAfterImport();
  const notSent = useNavigationState<{ notSent: NotSent[] }>()?.notSent ?? [];
  const batch = useQuery({
    queryKey: importKeys.batch(batchId),
    queryFn: () => imports.batch.query({ batchId }),
  });
  const [results, setResults] = useState<Map<string, BatchResult> | null>(null);
  const done = useRef<HTMLDivElement>(null);
  const confirm = useMutation({
    mutationFn: (ids: string[]) => imports.confirmBatch.mutate({ batchId, ids }),
    onSuccess: async (res) => {
      setResults(new Map(res.results.map((r) => [r.id, r])));
      await refresh();
    },
  });
  useEffect(() => {
    if (results) done.current?.focus();
  }, [results]);

  if (batch.isPending) return <Loading what="Loading the batch" />;
  if (batch.error) return <ErrorMessage error={batch.error} title="This batch cannot be shown" />;
  const items = batch.data.items;
  const ready = items.filter(importsAlone);
  const files = new Set(items.map((i) => i.fileName)).size + notSent.length;
  const created = results ? [...results.values()].filter((r) => r.outcome === 'created').length : 0;
  return (
    <>
      <PageHeading title="Imported files" />
      <p>
        {files} {files === 1 ? 'file' : 'files'}, {items.length}{' '}
        {items.length === 1 ? 'record' : 'records'}. Each record is kept for review until it is
        imported or discarded. Open one to see its source beside what was read from it.
      </p>
      {results && (
        <div className="notice" role="status" tabIndex={-1} ref={done}>
          <h2>
            {created} {created === 1 ? 'record' : 'records'} imported
          </h2>
          {results.size > created && (
            <p>{results.size - created} could not be imported: each line says why.</p>
          )}
        </div>
      )}
      <ErrorMessage error={confirm.error} title="Nothing was imported" />
      <ol className="import-lines">
        {items.map((item) => (
          <BatchLine key={item.id} item={item} result={results?.get(item.id) ?? null} />
        ))}
        {notSent.map((n) => (
          <li key={n.name}>
            <strong>{n.name}</strong>
            <br />
            <span className="warning-text">Cannot be read: {n.message}</span>
          </li>
        ))}
      </ol>
      {ready.length > 0 ? (
        <button
          type="button"
          className="button"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate(ready.map((i) => i.id))}
        >
          Import the {ready.length} ready {ready.length === 1 ? 'file' : 'files'}
        </button>
      ) : (
        <p>No record here is ready to import on its own: open each one to review it.</p>
      )}
      <p>
        <Link to="/import">Import more files</Link>
      </p>
    </>
  );
}
