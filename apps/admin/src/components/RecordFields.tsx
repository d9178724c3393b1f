import { richTextToPlainText } from '@irr/domain';
import { formatDate } from '../lib/format';
import type { RecordDraft } from '../lib/use-record-draft';
import { GradesTable } from './GradesTable';
import { OfficeHolders } from './OfficeHolders';
import { RecordSaveBar, RecordSaveNotices } from './RecordSaveState';
import { RichText } from './RichText';
import { RichTextEditor } from './RichTextEditor';

/** The record's own fields, laid out as the published record: office holders, summary, grades. */
export function RecordTop({ d, editable }: { d: RecordDraft; editable: boolean }) {
  const { value, set, submit, record } = d;
  return (
    <form onSubmit={submit('top')} aria-labelledby="record-title" noValidate>
      <h2 id="record-title">Record</h2>
      <RecordSaveNotices d={d} section="top" />
      <dl className="summary-list">
        <div>
          <dt>Force</dt>
          <dd>{record.organisation.name}</dd>
        </div>
        <div>
          <dt>Title of inspection</dt>
          <dd>{record.report.title}</dd>
        </div>
        <div>
          <dt>Inspectorate</dt>
          <dd>{richTextToPlainText(record.record.report.inspectorate)}</dd>
        </div>
        <div>
          <dt>Report published</dt>
          <dd>
            {record.report.publishedOn ? formatDate(record.report.publishedOn) : 'not recorded'}
          </dd>
        </div>
        {!editable && (
          <div>
            <dt>The office&apos;s document version</dt>
            <dd>{value.documentVersion || 'not given'}</dd>
          </div>
        )}
      </dl>
      {editable && <DocumentVersionField d={d} />}
      <OfficeHolders d={d} editable={editable} />
      <h3>Summary of inspection</h3>
      {editable ? (
        <RichTextEditor
          id="summary"
          label="Summary of inspection"
          value={value.summary}
          onChange={(v) => set('summary', v)}
        />
      ) : (
        <RichText html={value.summary} />
      )}
      <h3>Grades</h3>
      <GradesTable d={d} editable={editable} />
      <RecordSaveBar d={d} section="top" editable={editable} />
    </form>
  );
}

/** The office's own label for its document ("v1.1"): kept as written, not our version number. */
function DocumentVersionField({ d }: { d: RecordDraft }) {
  // Checked as it is typed; the server checks again and its refusal shows above the form.
  const message =
    d.value.documentVersion.trim().length > 40
      ? 'The version label must be 40 characters or fewer'
      : null;
  return (
    <div className="field">
      <label className="label" htmlFor="document-version">
        The office&apos;s document version
      </label>
      <span className="hint" id="document-version-hint">
        As the document labels itself, for example &ldquo;v1.1&rdquo;; leave empty if it has none
      </span>
      {message && (
        <span className="error-message" id="document-version-error">
          <span className="visually-hidden">Error:</span> {message}
        </span>
      )}
      <input
        id="document-version"
        className="input input--short"
        aria-describedby={
          message ? 'document-version-hint document-version-error' : 'document-version-hint'
        }
        aria-invalid={message ? true : undefined}
        value={d.value.documentVersion}
        onChange={(e) => d.set('documentVersion', e.target.value)}
      />
    </div>
  );
}
