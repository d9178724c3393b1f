import { GradeValue, richTextToPlainText, type Grade } from '@irr/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../lib/format';
import { errorInfo, isConflict, useTRPC, type StaffRecord } from '../lib/trpc';
import { useStoreRecord } from '../lib/record-cache';
import { ConflictNotice } from './Conflict';
import { ErrorMessage } from './Errors';
import { RichText } from './RichText';
import { RichTextEditor } from './RichTextEditor';

interface Fields {
  summary: string;
  commissionerComments: string;
  chiefOfficerComments: string;
  commissionerName: string;
  commissionerTitle: string;
  chiefOfficerName: string;
  chiefOfficerTitle: string;
  documentVersion: string;
  grades: Grade[];
}

const GRADE_LABEL: Record<string, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

function fieldsOf(r: StaffRecord): Fields {
  return {
    summary: r.record.summary,
    commissionerComments: r.record.commissionerComments,
    chiefOfficerComments: r.record.chiefOfficerComments,
    commissionerName: r.record.commissioner.name,
    commissionerTitle: r.record.commissioner.title,
    chiefOfficerName: r.record.chiefOfficer.name,
    chiefOfficerTitle: r.record.chiefOfficer.title,
    documentVersion: r.record.documentVersion ?? '',
    grades: r.record.grades,
  };
}

export function gradeScope(g: Grade): string {
  if (g.scope.level === 'overall') return 'Overall';
  if (g.scope.level === 'pillar') return g.scope.pillar;
  return [g.scope.pillar, g.scope.area].filter(Boolean).join(': ');
}

/** The record's own fields as one draft, pinned to the version it started from (see FindingEditor). */
export function useRecordDraft(record: StaffRecord) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const storeRecord = useStoreRecord();
  const [draft, setDraft] = useState<Partial<Fields>>({});
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const server = fieldsOf(record);
  const value = { ...server, ...draft };
  const dirty = Object.keys(draft).length > 0;
  const changes = useQuery({
    ...trpc.versions.changes.queryOptions({ recordId: record.id, limit: 5 }),
    enabled: conflict,
  });

  const set = <K extends keyof Fields>(key: K, v: Fields[K]) => {
    if (baseVersion === null) setBaseVersion(record.rowVersion);
    setDraft((d) => ({ ...d, [key]: v }));
  };

  const save = useMutation(
    trpc.records.updateDraft.mutationOptions({
      onSuccess: (r) => {
        storeRecord(r);
        setDraft({});
        setBaseVersion(null);
        setConflict(false);
      },
      onError: (error) => {
        if (isConflict(error)) {
          setConflict(true);
          void queryClient.invalidateQueries({
            queryKey: trpc.records.get.queryKey({ recordId: record.id }),
          });
        }
      },
    }),
  );

  // Which form sent the save: its answer (an error, a conflict) is shown there, once.
  const [where, setWhere] = useState<Section>('top');
  const submit = (section: Section) => (e: React.FormEvent) => {
    e.preventDefault();
    setWhere(section);
    const d = draft;
    save.mutate({
      recordId: record.id,
      rowVersion: baseVersion ?? record.rowVersion,
      patch: {
        ...(d.summary !== undefined && { summary: d.summary }),
        ...(d.commissionerComments !== undefined && {
          commissionerComments: d.commissionerComments,
        }),
        ...(d.chiefOfficerComments !== undefined && {
          chiefOfficerComments: d.chiefOfficerComments,
        }),
        ...((d.commissionerName !== undefined || d.commissionerTitle !== undefined) && {
          commissioner: {
            ...record.record.commissioner,
            name: value.commissionerName,
            title: value.commissionerTitle,
          },
        }),
        ...((d.chiefOfficerName !== undefined || d.chiefOfficerTitle !== undefined) && {
          chiefOfficer: {
            ...record.record.chiefOfficer,
            name: value.chiefOfficerName,
            title: value.chiefOfficerTitle,
          },
        }),
        ...(d.grades !== undefined && { grades: d.grades }),
        ...(d.documentVersion !== undefined && {
          documentVersion: d.documentVersion.trim() || null,
        }),
      },
    });
  };

  /** Our own other change to the record (reorder, a new finding) moved its version on: follow it. */
  const followOwnChange = (from: number, to: number) => {
    if (baseVersion === from) setBaseVersion(to);
  };

  return {
    record,
    draft,
    value,
    dirty,
    set,
    save,
    submit,
    where,
    conflict,
    setConflict,
    changes,
    setDraft,
    setBaseVersion,
    followOwnChange,
    queryClient,
    trpc,
  };
}
export type RecordDraft = ReturnType<typeof useRecordDraft>;

type Section = 'top' | 'comments';

function conflictAndSave(d: RecordDraft, editable: boolean, section: Section) {
  const { record, draft, save, changes, queryClient, trpc, dirty } = d;
  const here = d.where === section;
  const error = here && save.error && !isConflict(save.error) ? errorInfo(save.error) : null;
  const conflictNotice = here && d.conflict && (
    <ConflictNotice
      what="record"
      changes={changes.data}
      theirs={(['summary', 'commissionerComments', 'chiefOfficerComments'] as const)
        .filter((k) => draft[k] !== undefined)
        .map((k) => ({
          label:
            k === 'summary'
              ? 'Summary'
              : k === 'commissionerComments'
                ? "Commissioner's comments"
                : "Chief officer's comments",
          value: richTextToPlainText(record.record[k]),
        }))}
      onReload={() => {
        void queryClient
          .fetchQuery({ ...trpc.records.get.queryOptions({ recordId: record.id }), staleTime: 0 })
          .then((fresh) => {
            d.setBaseVersion(fresh.rowVersion);
            d.setConflict(false);
            save.reset();
          });
      }}
      onDiscard={() => {
        d.setDraft({});
        d.setBaseVersion(null);
        d.setConflict(false);
        save.reset();
      }}
    />
  );
  const saveBar = editable && (
    <div className="button-group">
      <button type="submit" className="button" disabled={!dirty || save.isPending}>
        Save record
      </button>
      {dirty && <span className="hint">You have unsaved changes.</span>}
    </div>
  );
  return { error, conflictNotice, saveBar };
}

export function RecordComments({ d, editable }: { d: RecordDraft; editable: boolean }) {
  const { value, set, submit, save } = d;
  const { error, conflictNotice, saveBar } = conflictAndSave(d, editable, 'comments');
  return (
    <form onSubmit={submit('comments')} aria-labelledby="comments-title" noValidate>
      <h2 id="comments-title">Comments</h2>
      {conflictNotice}
      {error && <ErrorMessage error={save.error} title="The record was not saved" />}
      {editable ? (
        <>
          <RichTextEditor
            id="commissioner-comments"
            label="Commissioner's comments"
            value={value.commissionerComments}
            onChange={(v) => set('commissionerComments', v)}
          />
          <RichTextEditor
            id="chief-officer-comments"
            label="Chief officer's comments"
            value={value.chiefOfficerComments}
            onChange={(v) => set('chiefOfficerComments', v)}
          />
        </>
      ) : (
        <>
          <h3>Commissioner&apos;s comments</h3>
          <RichText html={value.commissionerComments} />
          <h3>Chief officer&apos;s comments</h3>
          <RichText html={value.chiefOfficerComments} />
        </>
      )}
      {saveBar}
    </form>
  );
}

/** The record's own fields, laid out as the published record: office holders, summary, grades. */
export function RecordTop({ d, editable }: { d: RecordDraft; editable: boolean }) {
  const { value, set, submit, save, record } = d;
  const { error, conflictNotice, saveBar } = conflictAndSave(d, editable, 'top');
  return (
    <form onSubmit={submit('top')} aria-labelledby="record-title" noValidate>
      <h2 id="record-title">Record</h2>
      {conflictNotice}
      {error && <ErrorMessage error={save.error} title="The record was not saved" />}
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
      {editable ? (
        <div className="field-row">
          <fieldset className="fieldset">
            <legend>Police and Crime Commissioner</legend>
            <div className="field">
              <label className="label" htmlFor="commissioner-name">
                Name
              </label>
              <input
                id="commissioner-name"
                className="input"
                value={value.commissionerName}
                onChange={(e) => set('commissionerName', e.target.value)}
              />
            </div>
            <div className="field">
              <label className="label" htmlFor="commissioner-title">
                Title
              </label>
              <input
                id="commissioner-title"
                className="input"
                value={value.commissionerTitle}
                onChange={(e) => set('commissionerTitle', e.target.value)}
              />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>Chief officer</legend>
            <div className="field">
              <label className="label" htmlFor="chief-name">
                Name
              </label>
              <input
                id="chief-name"
                className="input"
                value={value.chiefOfficerName}
                onChange={(e) => set('chiefOfficerName', e.target.value)}
              />
            </div>
            <div className="field">
              <label className="label" htmlFor="chief-title">
                Title or rank
              </label>
              <input
                id="chief-title"
                className="input"
                value={value.chiefOfficerTitle}
                onChange={(e) => set('chiefOfficerTitle', e.target.value)}
              />
            </div>
          </fieldset>
        </div>
      ) : (
        <dl className="summary-list">
          <div>
            <dt>Police and Crime Commissioner</dt>
            <dd>
              {value.commissionerName} ({value.commissionerTitle})
            </dd>
          </div>
          <div>
            <dt>Chief officer</dt>
            <dd>
              {value.chiefOfficerTitle} {value.chiefOfficerName}
            </dd>
          </div>
        </dl>
      )}
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
      {value.grades.length === 0 ? (
        <p>No grades recorded.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Grades</caption>
          <thead>
            <tr>
              <th scope="col">Scope</th>
              <th scope="col">Grade</th>
              <th scope="col">Carried over</th>
            </tr>
          </thead>
          <tbody>
            {value.grades.map((g, i) => (
              <tr key={i}>
                <th scope="row">{gradeScope(g)}</th>
                <td>
                  {editable ? (
                    <select
                      aria-label={`Grade for ${gradeScope(g)}`}
                      className="select"
                      value={g.value}
                      onChange={(e) =>
                        set(
                          'grades',
                          value.grades.map((x, j) =>
                            j === i ? { ...x, value: e.target.value as Grade['value'] } : x,
                          ),
                        )
                      }
                    >
                      {GradeValue.options.map((o) => (
                        <option key={o} value={o}>
                          {GRADE_LABEL[o]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    GRADE_LABEL[g.value]
                  )}
                </td>
                <td>{g.carriedOver ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saveBar}
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
