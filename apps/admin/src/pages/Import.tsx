import {
  MAX_IMPORT_FILE_BYTES,
  openResponseDocument,
  sniffDocumentFormat,
  withFileDiagnostics,
  type RecordDiagnostic,
} from '@irr/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../components/Errors';
import { batches } from '../lib/import-batches';
import { PageHeading } from '../components/PageHeading';
import { readUpload, type Upload } from '../lib/read-upload';
import { useTRPC, useTRPCClient, type ImportItem } from '../lib/trpc';
import { useUnsavedGuard } from '../lib/unsaved';

const OUTCOME: Record<ImportItem['outcome'], string> = {
  would_create: 'Will be created as a new draft',
  would_add_version: 'Will become a new draft version of an existing record',
  created: 'Created as a draft',
  new_version: 'Added as a new draft version',
  refused: 'Refused',
  invalid: 'Has errors: nothing will be imported',
  failed: 'Could not be saved',
};

export default function Import() {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  // What decoding the uploaded file left out, by line; dropped once the text is edited by hand.
  const [fileDiagnostics, setFileDiagnostics] = useState<RecordDiagnostic[]>([]);
  // A Word document, PDF or web page: sent as it is and read on the server.
  const [upload, setUpload] = useState<Upload | null>(null);
  // The preview or result came from a document: its diagnostics say page and paragraph, not line.
  const [fromDocument, setFromDocument] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportItem[] | null>(null);
  const [result, setResult] = useState<ImportItem[] | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useUnsavedGuard((text.trim() !== '' || upload !== null) && result === null);

  const run = async (dryRun: boolean) => {
    setError(null);
    if (upload) return runDocument(upload, dryRun);
    const parts = batches(text);
    const items: ImportItem[] = [];
    setProgress({ done: 0, total: parts.length });
    try {
      for (const [i, part] of parts.entries()) {
        const res = await client.import.records.mutate({ text: part.text, dryRun });
        // Lines come back relative to the batch: give them against the whole file.
        const shift = part.firstLine - 1;
        items.push(
          ...res.items.map((it) => ({
            ...it,
            startLine: it.startLine + shift,
            endLine: it.endLine + shift,
            diagnostics: it.diagnostics.map((d) => ({ ...d, line: d.line + shift })),
          })),
        );
        setProgress({ done: i + 1, total: parts.length });
      }
      await show(withFileDiagnostics(items, fileDiagnostics), dryRun, false);
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  // One request: the server reads the whole document, as `irr import` does.
  const runDocument = async (file: Upload, dryRun: boolean) => {
    setProgress({ done: 0, total: 1 });
    try {
      const res = await client.import.records.mutate({
        file: { name: file.name, base64: file.base64 },
        dryRun,
      });
      setProgress({ done: 1, total: 1 });
      await show(res.items, dryRun, true);
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const show = async (items: ImportItem[], dryRun: boolean, isDocument: boolean) => {
    setFromDocument(isDocument);
    if (dryRun) setPreview(items);
    else {
      setResult(items);
      setPreview(null);
      await queryClient.invalidateQueries(trpc.records.pathFilter());
      await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
    }
  };

  const chooseFile = async (file: File) => {
    setFileName(file.name);
    setPreview(null);
    setUpload(null);
    setFileDiagnostics([]);
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
      setRefusal(
        `this file is ${mb(file.size)}; files of up to ${mb(MAX_IMPORT_FILE_BYTES)} can be imported. Save the document without its pictures, or split its records into smaller files`,
      );
      setText('');
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const format = sniffDocumentFormat(bytes, file.name);
    if (format === 'docx' || format === 'pdf' || format === 'html') {
      setRefusal(null);
      setText('');
      setUpload(await readUpload(file, format));
      return;
    }
    // Record text is decoded here with the server's own codec (UTF-16 and Windows-1252 read right), so
    // it shows in the box and large files go in batches.
    const opened = openResponseDocument(bytes, file.name);
    setRefusal(opened.ok ? null : (opened.diagnostics[0]?.message ?? null));
    setText(opened.ok ? opened.text : '');
    setFileDiagnostics(opened.diagnostics);
  };

  const importable =
    preview?.filter((i) => i.outcome === 'would_create' || i.outcome === 'would_add_version')
      .length ?? 0;
  return (
    <>
      <PageHeading title="Import records" />
      <p>
        Upload a response record as a Word document, a PDF or a saved web page, or paste or upload
        one or many records in the record format. You will see what would happen, with every problem
        and where it is, before anything is saved.
      </p>
      {result ? (
        <section aria-labelledby="result-title">
          <h2 id="result-title">Import finished</h2>
          <p>
            {result.filter((i) => i.outcome === 'created' || i.outcome === 'new_version').length} of{' '}
            {result.length} records imported.
          </p>
          <Items items={result} fromDocument={fromDocument} />
          <button
            type="button"
            className="button"
            onClick={() => {
              setResult(null);
              setText('');
              setFileName(null);
              setFileDiagnostics([]);
              setUpload(null);
            }}
          >
            Import more
          </button>
        </section>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(true);
          }}
        >
          <div className="field">
            <label className="label" htmlFor="file">
              Upload a file
            </label>
            <span className="hint" id="file-hint">
              A Word document (.docx), a PDF, a saved web page (.html) or record text (.txt), up to{' '}
              {MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB.
            </span>
            <input
              id="file"
              type="file"
              className="file"
              aria-describedby="file-hint"
              accept={ACCEPT}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void chooseFile(file).catch(setError);
              }}
            />
          </div>
          {refusal && (
            <div className="error-summary" role="alert">
              <h2 className="error-summary__title">This file cannot be imported</h2>
              <p>{refusal.charAt(0).toUpperCase() + refusal.slice(1)}.</p>
            </div>
          )}
          <div className="field">
            <label className="label" htmlFor="text">
              Or paste the record text
            </label>
            {fileName && (
              <span className="hint" id="text-hint">
                {upload
                  ? `${fileName} is ${FORMAT_NAME[upload.format]}: it is read on the server when you check it. Paste text here to import that instead.`
                  : `From ${fileName}`}
              </span>
            )}
            <textarea
              id="text"
              className="textarea textarea--code"
              rows={14}
              aria-describedby={fileName ? 'text-hint' : undefined}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setPreview(null);
                setFileDiagnostics([]);
                setRefusal(null);
                setUpload(null);
              }}
            />
          </div>
          <button
            type="submit"
            className="button"
            disabled={(!text.trim() && !upload) || progress !== null}
          >
            Check what would be imported
          </button>
        </form>
      )}
      {progress && (
        <div className="field" role="status">
          <label className="label" htmlFor="progress">
            Working: batch {progress.done} of {progress.total}
          </label>
          <progress id="progress" max={progress.total} value={progress.done} />
        </div>
      )}
      <ErrorMessage error={error} title="The import did not run" />
      {preview && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">Preview</h2>
          <p>
            {preview.length} {preview.length === 1 ? 'record' : 'records'} found; {importable} can
            be imported. Records with errors are left out.
          </p>
          <Items items={preview} fromDocument={fromDocument} />
          <button
            type="button"
            className="button"
            disabled={importable === 0 || progress !== null}
            onClick={() => void run(false)}
          >
            Import {importable} {importable === 1 ? 'record' : 'records'}
          </button>
        </section>
      )}
    </>
  );
}

const ACCEPT = [
  '.txt',
  '.docx',
  '.pdf',
  '.html',
  '.htm',
  'text/plain',
  'text/html',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

const FORMAT_NAME: Record<Upload['format'], string> = {
  docx: 'a Word document',
  pdf: 'a PDF',
  html: 'a web page',
};

/** Where a diagnostic is: "page 3, paragraph 2" in a PDF, "paragraph 12" in a Word document or web page. */
function placeOf(d: RecordDiagnostic): string {
  if (d.paragraph === undefined) return `line ${d.line}`;
  return `${d.page === undefined ? '' : `page ${d.page}, `}paragraph ${d.paragraph}`;
}

function Items({ items, fromDocument }: { items: ImportItem[]; fromDocument: boolean }) {
  return (
    <ol className="import-items">
      {items.map((it, i) => (
        <li key={i} className="import-item">
          <h3>
            {it.reportTitle ?? 'Untitled record'}
            {it.organisation && <> — {it.organisation}</>}
          </h3>
          <p>
            {!fromDocument && (
              <>
                Lines {it.startLine}–{it.endLine}.{' '}
              </>
            )}
            <strong
              className={
                ['invalid', 'refused', 'failed'].includes(it.outcome) ? 'warning-text' : undefined
              }
            >
              {OUTCOME[it.outcome]}
            </strong>
            {it.message && <>: {it.message}</>}
          </p>
          <p>
            {it.findings} findings, {it.updates} updates.
            {it.recordId && (it.outcome === 'created' || it.outcome === 'new_version') && (
              <>
                {' '}
                <Link to={`/records/${it.recordId}`}>Open the record</Link>
              </>
            )}
          </p>
          {it.diagnostics.length > 0 && (
            <table className="table table--compact">
              <caption>
                {it.diagnostics.length} {it.diagnostics.length === 1 ? 'diagnostic' : 'diagnostics'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{fromDocument ? 'Where' : 'Line'}</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Field</th>
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {it.diagnostics.map((d, j) => (
                  <tr key={j}>
                    <td>{fromDocument ? placeOf(d) : d.line}</td>
                    <td className={d.severity === 'error' ? 'late' : undefined}>{d.severity}</td>
                    <td>{d.field}</td>
                    <td>
                      {d.message} <span className="hint">[{d.code}]</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
