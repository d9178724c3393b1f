import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'wouter';
import { AddFindingForm } from '../components/AddFindingForm';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { RecordComments } from '../components/RecordComments';
import { RecordFindingsList } from '../components/RecordFindingsList';
import { RecordTop } from '../components/RecordFields';
import { RecordLinks } from '../components/RecordLinks';
import { ReportDetailsForm } from '../components/ReportDetailsForm';
import { StatutoryDatesForm } from '../components/StatutoryDatesForm';
import { WorkflowPanel } from '../components/WorkflowPanel';
import { useFocusFragment } from '../lib/focus-fragment';
import { useStoreRecord } from '../lib/record-cache';
import { may, useMe } from '../lib/session';
import { useTRPC, type Me, type StaffRecord } from '../lib/trpc';
import { useRecordDraft } from '../lib/use-record-draft';
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

/** Whether this person may edit the record's content now (a draft, or approved). */
function mayEditContent(record: StaffRecord, me: Me | null | undefined): boolean {
  return (
    may(me, record.organisation.id, 'editor') &&
    (record.status === 'draft' || record.status === 'approved')
  );
}

function RecordEditor({ record }: { record: StaffRecord }) {
  const { me } = useMe();
  const storeRecord = useStoreRecord();
  const d = useRecordDraft(record);
  useFocusFragment();
  const [dirtyFindings, setDirtyFindings] = useState<Set<string>>(new Set());
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

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/records">Records</Link> › {record.organisation.name}
      </p>
      <PageHeading title={record.report.title} />
      <p className="lead">Response record for {record.organisation.name}</p>
      <RecordLinks record={record} />
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
        <RecordFindingsList
          record={record}
          me={me}
          editable={editable}
          mayTrack={mayTrack}
          onDirtyChange={dirtyChange}
          onRecordChanged={onRecordChanged}
        />
        {editable && <AddFindingForm record={record} onAdded={onRecordChanged} />}
      </section>
      <RecordComments d={d} editable={editable} />
    </>
  );
}
