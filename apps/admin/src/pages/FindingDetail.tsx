import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { ErrorMessage, Loading } from '../components/Errors';
import { AddUpdateForm } from '../components/finding/AddUpdateForm';
import { CauseClosureForm } from '../components/finding/CauseClosureForm';
import { FindingChanges } from '../components/finding/FindingChanges';
import { FindingFacts } from '../components/finding/FindingFacts';
import { FindingOwnerForm } from '../components/finding/FindingOwnerForm';
import { FindingStatusForm } from '../components/finding/FindingStatusForm';
import { FindingUpdates } from '../components/finding/FindingUpdates';
import { InspectorateStatusForm } from '../components/finding/InspectorateStatusForm';
import { TargetDateForm } from '../components/finding/TargetDateForm';
import { TargetDateRevisions } from '../components/finding/TargetDateRevisions';
import { PageHeading } from '../components/PageHeading';
import { RichText } from '../components/RichText';
import { useFocusFragment } from '../lib/focus-fragment';
import { KIND_LABEL } from '../lib/format';
import { useStoreRecord } from '../lib/record-cache';
import { may, useMe } from '../lib/session';
import { useTRPC, type StaffFinding, type StaffRecord } from '../lib/trpc';
import type { OnFindingSaved } from '../lib/use-finding-draft';
import type { OwnChange } from '../lib/use-versioned-draft';
import { useUnsavedGuard } from '../lib/unsaved';

export default function FindingDetailPage() {
  const { recordId = '', findingId = '' } = useParams();
  const trpc = useTRPC();
  const q = useQuery(trpc.records.get.queryOptions({ recordId }));
  if (q.isLoading) return <Loading what="Loading the finding" />;
  const staff = q.data?.findings.find((f) => f.id === findingId);
  if (!q.data || !staff)
    return (
      <>
        <PageHeading title="Finding" />
        <ErrorMessage error={q.error ?? new Error('That finding is not in this record')} />
      </>
    );
  return <FindingDetail record={q.data} staff={staff} />;
}

function FindingDetail({ record, staff }: { record: StaffRecord; staff: StaffFinding }) {
  const trpc = useTRPC();
  const { me } = useMe();
  const store = useStoreRecord();
  const finding = record.record.findings.find((f) => f.ref === staff.ref)!;
  const history = useQuery(trpc.findings.history.queryOptions({ findingId: staff.id }));
  const canEdit = may(me, record.organisation.id, 'editor');
  const [updateText, setUpdateText] = useState('');
  // Each form pins the finding's version at its first change (useVersionedDraft); a save of one
  // moves the version on, and the others follow it, since that change was ours.
  const [ownChange, setOwnChange] = useState<OwnChange | null>(null);
  const onSaved: OnFindingSaved = (from) => (r) => {
    store(r);
    const to = r.findings.find((f) => f.id === staff.id)?.rowVersion;
    if (to !== undefined) setOwnChange({ from, to });
  };
  const forms = { staff, ownChange, onSaved };
  // "Check your answers" links to the owner field (#finding-owner).
  useFocusFragment();
  useUnsavedGuard(updateText.replace(/<[^>]*>/g, '').trim() !== '');
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/records">Records</Link> ›{' '}
        <Link to={`/records/${record.id}`}>{record.report.title}</Link>
      </p>
      <PageHeading
        title={`${staff.ref} · ${KIND_LABEL[finding.kind]}${finding.title ? `: ${finding.title}` : ''}`}
      />
      <p className="lead">
        {[finding.group.pillar, finding.group.area].filter(Boolean).join(' — ')}
      </p>
      <RichText html={finding.text} />
      <FindingFacts record={record} staff={staff} finding={finding} />
      {canEdit && <FindingStatusForm record={record} {...forms} />}
      {canEdit && <InspectorateStatusForm recordId={record.id} {...forms} />}
      {canEdit && (
        <FindingOwnerForm recordId={record.id} organisationId={record.organisation.id} {...forms} />
      )}
      {/* Shows its confirmation once the cause of concern is closed, and nothing else. */}
      {canEdit && finding.kind === 'cause_of_concern' && (
        <CauseClosureForm
          recordId={record.id}
          mayClose={may(me, record.organisation.id, 'approver')}
          {...forms}
        />
      )}
      {canEdit && <TargetDateForm record={record} {...forms} />}
      <TargetDateRevisions history={history.data} />
      <FindingUpdates staff={staff} history={history.data} />
      {canEdit && <AddUpdateForm staff={staff} text={updateText} setText={setUpdateText} />}
      <FindingChanges history={history.data} />
    </>
  );
}
