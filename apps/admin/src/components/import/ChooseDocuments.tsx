import { MAX_IMPORT_FILE_BYTES } from '@irr/domain';
import { useState } from 'react';
import { expandChosen, type ImportFile } from '../../lib/import-files';

const ACCEPT = [
  '.txt',
  '.docx',
  '.pdf',
  '.html',
  '.htm',
  '.zip',
  'text/plain',
  'text/html',
  'application/pdf',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

/**
 * Files, a folder or a .zip: each is opened here (an archive unzipped, a folder's documents picked out)
 * and the list is staged when the user asks.
 */
export function ChooseDocuments({
  busy,
  onRead,
}: {
  busy: boolean;
  onRead: (files: ImportFile[]) => void;
}) {
  const [files, setFiles] = useState<ImportFile[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (list: FileList | null) => {
    setProblem(null);
    expandChosen(Array.from(list ?? [])).then(setFiles, (e: unknown) => {
      setFiles(null);
      setProblem(`The archive cannot be opened: ${e instanceof Error ? e.message : String(e)}`);
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (files?.length) onRead(files);
      }}
    >
      <div className="field">
        <label className="label" htmlFor="files">
          Upload files
        </label>
        <span className="hint" id="files-hint">
          Word documents (.docx), PDFs, saved web pages (.html) or record text (.txt), each up to{' '}
          {MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, or a .zip of them.
        </span>
        <input
          id="files"
          type="file"
          className="file"
          multiple
          accept={ACCEPT}
          aria-describedby="files-hint"
          onChange={(e) => choose(e.target.files)}
        />
      </div>
      <div className="field">
        <label className="label" htmlFor="folder">
          Or upload a folder
        </label>
        <span className="hint" id="folder-hint">
          Its documents are read, including those in folders inside it; other files are passed over.
        </span>
        <input
          id="folder"
          type="file"
          className="file"
          aria-describedby="folder-hint"
          // React does not know the attribute; every current browser supports it.
          {...{ webkitdirectory: '' }}
          onChange={(e) => choose(e.target.files)}
        />
      </div>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      {files && (
        <p role="status">
          {files.length === 0
            ? 'There are no documents to import in what you chose.'
            : `${files.length} ${files.length === 1 ? 'document' : 'documents'} chosen.`}
        </p>
      )}
      <button type="submit" className="button" disabled={busy || !files?.length}>
        Read {files?.length ?? ''} {files?.length === 1 ? 'document' : 'documents'}
      </button>
    </form>
  );
}

/** Record text typed or pasted, read as one file. */
export function PasteRecordText({
  busy,
  onRead,
}: {
  busy: boolean;
  onRead: (text: string) => void;
}) {
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onRead(text);
      }}
    >
      <div className="field">
        <label className="label" htmlFor="text">
          Or paste the record text
        </label>
        <textarea
          id="text"
          className="textarea textarea--code"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy || !text.trim()}>
        Read the pasted text
      </button>
    </form>
  );
}
