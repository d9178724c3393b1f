import {
  FindingKind,
  FindingStatus,
  renderRecord,
  richTextToPlainText,
  type Finding,
} from '@irr/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { BulkActions } from '../components/BulkActions';
import { ErrorMessage, Loading } from '../components/Errors';
import { FindingEditor } from '../components/FindingEditor';
import { PageHeading } from '../components/PageHeading';
import { RecordComments, RecordTop, useRecordDraft } from '../components/RecordFields';
import { ReportDetailsForm } from '../components/ReportDetailsForm';
import { RichText } from '../components/RichText';
import { RichTextEditor } from '../components/RichTextEditor';
import { StatutoryDatesForm } from '../components/StatutoryDatesForm';
import { WorkflowPanel } from '../components/WorkflowPanel';
import { download, findingsCsv } from '../lib/export';
import { useFocusFragment } from '../lib/focus-fragment';
import { ACCEPTANCE_LABEL, formatUpdateDate, KIND_LABEL, label, STATUS_LABEL } from '../lib/format';
import { useRefetchOnConflict, useStoreRecord } from '../lib/record-cache';
import { may, roleIn, useMe } from '../lib/session';
import { useTRPC, type Me, type StaffFinding, type StaffRecord } from '../lib/trpc';
import { useUnsavedGuard } from '../lib/unsaved';

export default function RecordEditorPage() {
  const { recordId = '' } = useParams();
  const trpc = useTRPC();
  const q = useQuery(trpc.records.get.queryOptions({ recordId }));
  if (q.isLoading) return <Loading what="Loading the record" />;
  if (!q.data)
    return (
      <>
        <PageHeading title="Record" />
        <ErrorMessage error={q.error} />
      </>
    );
  return <RecordEditor record={q.data} />;
}

type Row = { staff: StaffFinding; finding: Finding };

/** Whether this person may edit the record's content now (a draft, or approved). */
function mayEditContent(record: StaffRecord, me: Me | null | undefined): boolean {
  return (
    may(me, record.organisation.id, 'editor') &&
    (record.status === 'draft' || record.status === 'approved')
  );
}
const groupKey = (f: Finding) => `${f.group.pillar ?? ''}\u0000${f.group.area ?? ''}`;

function RecordEditor({ record }: { record: StaffRecord }) {
  const { me } = useMe();
  const trpc = useTRPC();
  const storeRecord = useStoreRecord();
  const d = useRecordDraft(record);
  // `?edit=<finding id>` opens that finding's editor: where "check your answers" sends a missing response.
  const [search] = useSearchParams();
  const [openEditors, setOpenEditors] = useState<Set<string>>(
    () =>
      new Set(
        mayEditContent(record, me) ? (search.get('edit') ?? '').split(',').filter(Boolean) : [],
      ),
  );
  useFocusFragment();
  const [dirtyFindings, setDirtyFindings] = useState<Set<string>>(new Set());
  const [kindFilter, setKindFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const editable = mayEditContent(record, me);
  const mayTrack = may(me, record.organisation.id, 'editor');
  const anyDirty = d.dirty || dirtyFindings.size > 0;
  useUnsavedGuard(anyDirty);

  const dirtyChange = useCallback((id: string, dirty: boolean) => {
    setDirtyFindings((s) => {
      if (s.has(id) === dirty) return s;
      const next = new Set(s);
      if (dirty) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const onRecordChanged = (from: number) => (r: StaffRecord) => {
    d.followOwnChange(from, r.rowVersion);
    storeRecord(r);
  };
  const refetchOnConflict = useRefetchOnConflict(record.id);
  const reorder = useMutation(
    trpc.findings.reorder.mutationOptions({
      onError: refetchOnConflict,
      onSuccess: (r, vars) => onRecordChanged(vars.rowVersion)(r),
    }),
  );

  const byRef = new Map(record.record.findings.map((f) => [f.ref, f]));
  const rows: Row[] = record.findings.map((staff) => ({ staff, finding: byRef.get(staff.ref)! }));
  const shown = rows.filter(
    (r) =>
      (!kindFilter || r.finding.kind === kindFilter) &&
      (!statusFilter || r.staff.status === statusFilter),
  );
  const groups: { key: string; pillar: string | null; area: string | null; rows: Row[] }[] = [];
  for (const row of shown) {
    const key = groupKey(row.finding);
    let g = groups.find((x) => x.key === key);
    if (!g)
      groups.push(
        (g = { key, pillar: row.finding.group.pillar, area: row.finding.group.area, rows: [] }),
      );
    g.rows.push(row);
  }

  const move = (row: Row, direction: -1 | 1) => {
    const ids = rows.map((r) => r.staff.id);
    const sameGroup = rows.filter((r) => groupKey(r.finding) === groupKey(row.finding));
    const at = sameGroup.findIndex((r) => r.staff.id === row.staff.id);
    const other = sameGroup[at + direction];
    if (!other) return;
    const i = ids.indexOf(row.staff.id);
    const j = ids.indexOf(other.staff.id);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    reorder.mutate({ recordId: record.id, rowVersion: record.rowVersion, order: ids });
  };

  const slug = `${record.organisation.slug}-${record.report.slug}-v${record.draftVersion}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/records">Records</Link> › {record.organisation.name}
      </p>
      <PageHeading title={record.report.title} />
      <p className="lead">Response record for {record.organisation.name}</p>
      <ul className="inline-links" aria-label="About this record">
        <li>
          <Link to={`/records/${record.id}/versions`}>Version history and differences</Link>
        </li>
        <li>
          <Link to={`/records/${record.id}/print`}>Printable page</Link>
        </li>
        <li>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              download(`${slug}.txt`, 'text/plain;charset=utf-8', renderRecord(record.record))
            }
          >
            Download as record format
          </button>
        </li>
        <li>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              download(`${slug}.json`, 'application/json', JSON.stringify(record.record, null, 2))
            }
          >
            Download as JSON
          </button>
        </li>
      </ul>
      <ReportDetailsForm key={record.reportDetails?.rowVersion ?? 0} record={record} />
      {me && <WorkflowPanel me={me} record={record} blocked={anyDirty} />}
      {!editable && may(me, record.organisation.id, 'editor') && (
        <p className="notice">
          {record.status === 'in_review'
            ? 'This record is in review: an approver must request changes before it can be edited.'
            : 'This version is published and frozen: start a new version to edit it.'}{' '}
          Progress updates can still be added to each finding.
        </p>
      )}
      <RecordTop d={d} editable={editable} />
      {may(me, record.organisation.id, 'editor') && (
        <StatutoryDatesForm
          record={record}
          mayCorrect={may(me, record.organisation.id, 'approver')}
          onSaved={onRecordChanged}
        />
      )}

      <section aria-labelledby="findings-title">
        <h2 id="findings-title">Findings</h2>
        <div className="filters">
          <div className="field">
            <label className="label" htmlFor="kind-filter">
              Kind
            </label>
            <select
              id="kind-filter"
              className="select"
              value={kindFilter}
              onChange={(e) => setKindFilter(e.target.value)}
            >
              <option value="">All kinds</option>
              {FindingKind.options.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="status-filter">
              Status
            </label>
            <select
              id="status-filter"
              className="select"
              value={statusFilter}
              onChange={(e) => setStatusFilter(e.target.value)}
            >
              <option value="">All statuses</option>
              {FindingStatus.options.map((k) => (
                <option key={k} value={k}>
                  {STATUS_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              download(`${slug}-findings.csv`, 'text/csv;charset=utf-8', findingsCsv(shown))
            }
          >
            Download these {shown.length} findings as CSV
          </button>
        </div>
        {mayTrack && selected.size > 0 && (
          <BulkActions
            organisationId={record.organisation.id}
            role={roleIn(me, record.organisation.id)!}
            selected={rows.filter((r) => selected.has(r.staff.id)).map((r) => r.staff)}
            onClear={() => setSelected(new Set())}
          />
        )}
        {reorder.error && (
          <ErrorMessage error={reorder.error} title="The findings were not moved" />
        )}
        {groups.length === 0 && <p>No findings match.</p>}
        {groups.map((g) => (
          <section
            key={g.key}
            className="finding-group"
            aria-label={[g.pillar, g.area].filter(Boolean).join(': ') || 'Ungrouped'}
          >
            <h3>{[g.pillar, g.area].filter(Boolean).join(' — ') || 'Not grouped'}</h3>
            {g.rows.map((row, i) => (
              <article key={row.staff.id} className="finding" aria-labelledby={`h-${row.staff.id}`}>
                {mayTrack && (
                  <div className="checkbox">
                    <input
                      type="checkbox"
                      id={`select-${row.staff.id}`}
                      checked={selected.has(row.staff.id)}
                      onChange={(e) =>
                        setSelected((s) => {
                          const n = new Set(s);
                          if (e.target.checked) n.add(row.staff.id);
                          else n.delete(row.staff.id);
                          return n;
                        })
                      }
                    />
                    <label htmlFor={`select-${row.staff.id}`}>
                      Select {row.staff.ref} for a bulk action
                    </label>
                  </div>
                )}
                <h4 id={`h-${row.staff.id}`} className="finding__title">
                  {row.staff.ref} · {KIND_LABEL[row.finding.kind]}
                  {row.finding.reference && <> ({row.finding.reference})</>}
                  {row.finding.title && <>: {row.finding.title}</>}{' '}
                  <span className={`tag tag--${row.staff.status}`}>
                    {STATUS_LABEL[row.staff.status]}
                  </span>
                </h4>
                {openEditors.has(row.staff.id) ? (
                  <FindingEditor
                    recordId={record.id}
                    staff={row.staff}
                    finding={row.finding}
                    onDirtyChange={(dirty) => dirtyChange(row.staff.id, dirty)}
                    onDone={() =>
                      setOpenEditors((s) => {
                        const n = new Set(s);
                        n.delete(row.staff.id);
                        return n;
                      })
                    }
                  />
                ) : (
                  <>
                    <RichText html={row.finding.text} />
                    {row.finding.deadlinePhrase && (
                      <p className="hint">Deadline: {row.finding.deadlinePhrase}</p>
                    )}
                    {row.finding.kind === 'recommendation' && (
                      <div className="acceptance">
                        <p>
                          <strong>Response:</strong>{' '}
                          {row.finding.acceptance ? (
                            label(ACCEPTANCE_LABEL, row.finding.acceptance.position)
                          ) : (
                            <span className="warning-text">no acceptance recorded yet</span>
                          )}
                        </p>
                        {row.finding.acceptance && (
                          <RichText html={row.finding.acceptance.explanation} />
                        )}
                      </div>
                    )}
                    {row.staff.updates.length > 0 && (
                      <div className="latest-update">
                        <p>
                          <strong>Latest update</strong>{' '}
                          {formatUpdateDate(
                            row.staff.updates.at(-1)!.date,
                            row.staff.updates.at(-1)!.datePrecision,
                          )}{' '}
                          ({row.staff.updates.at(-1)!.visibility})
                        </p>
                        <RichText html={row.staff.updates.at(-1)!.text} />
                      </div>
                    )}
                  </>
                )}
                <div className="button-group">
                  {editable && !openEditors.has(row.staff.id) && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setOpenEditors((s) => new Set(s).add(row.staff.id))}
                    >
                      Edit {row.staff.ref}
                    </button>
                  )}
                  {editable && !kindFilter && !statusFilter && (
                    <>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={i === 0 || reorder.isPending}
                        onClick={() => move(row, -1)}
                      >
                        Move {row.staff.ref} up
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={i === g.rows.length - 1 || reorder.isPending}
                        onClick={() => move(row, 1)}
                      >
                        Move {row.staff.ref} down
                      </button>
                    </>
                  )}
                  <Link
                    className="button button--secondary"
                    to={`/records/${record.id}/findings/${row.staff.id}`}
                  >
                    {mayTrack ? 'Track' : 'View'} {row.staff.ref}
                    <span className="visually-hidden">
                      : updates, status, owner and target date
                    </span>
                  </Link>
                </div>
              </article>
            ))}
          </section>
        ))}
        {editable && <AddFinding record={record} onAdded={onRecordChanged} />}
      </section>
      <RecordComments d={d} editable={editable} />
    </>
  );
}

function AddFinding({
  record,
  onAdded,
}: {
  record: StaffRecord;
  onAdded: (from: number) => (r: StaffRecord) => void;
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<FindingKind>('area_for_improvement');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [pillar, setPillar] = useState('');
  const [area, setArea] = useState('');
  const onError = useRefetchOnConflict(record.id);
  const add = useMutation(
    trpc.findings.add.mutationOptions({
      onError,
      onSuccess: (r, vars) => {
        onAdded(vars.rowVersion)(r);
        setOpen(false);
        setTitle('');
        setText('');
      },
    }),
  );
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Add a finding
      </button>
    );
  }
  return (
    <form
      className="panel"
      aria-labelledby="add-finding-title"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({
          recordId: record.id,
          rowVersion: record.rowVersion,
          kind,
          title: title.trim() || null,
          text,
          group: { pillar: pillar.trim() || null, area: area.trim() || null, questionId: null },
        });
      }}
    >
      <h3 id="add-finding-title">Add a finding</h3>
      {add.error && <ErrorMessage error={add.error} title="The finding was not added" />}
      <div className="field">
        <label className="label" htmlFor="new-kind">
          Kind
        </label>
        <select
          id="new-kind"
          className="select"
          value={kind}
          onChange={(e) => setKind(e.target.value as FindingKind)}
        >
          {FindingKind.options.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="new-title">
          Title (optional)
        </label>
        <span className="hint" id="new-title-hint">
          A heading the report gives the finding itself, as a cause of concern often has
        </span>
        <input
          id="new-title"
          className="input"
          aria-describedby="new-title-hint"
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <RichTextEditor
        id="new-text"
        label="Text of the new finding"
        value={text}
        onChange={setText}
      />
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="new-pillar">
            Pillar
          </label>
          <input
            id="new-pillar"
            className="input"
            value={pillar}
            onChange={(e) => setPillar(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="new-area">
            Question or area
          </label>
          <input
            id="new-area"
            className="input"
            value={area}
            onChange={(e) => setArea(e.target.value)}
          />
        </div>
      </div>
      <div className="button-group">
        <button
          type="submit"
          className="button"
          disabled={add.isPending || richTextToPlainText(text).trim() === ''}
        >
          Add finding
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
