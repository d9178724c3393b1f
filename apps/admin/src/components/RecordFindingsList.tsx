import type { Finding } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from '../lib/router';
import { download, findingsCsv } from '../lib/export';
import { useRefetchOnConflict } from '../lib/record-cache';
import { roleIn } from '../lib/session';
import { useTRPC, type Me, type StaffFinding, type StaffRecord } from '../lib/trpc';
import { BulkActions } from './BulkActions';
import { ErrorMessage } from './Errors';
import { FindingFilters } from './FindingFilters';
import { RecordFindingItem } from './RecordFindingItem';
import { recordSlug } from './RecordLinks';

type Row = { staff: StaffFinding; finding: Finding };
const groupKey = (f: Finding) => `${f.group.pillar ?? ''}\u0000${f.group.area ?? ''}`;
const toggled = (s: Set<string>, id: string, on: boolean) => {
  const n = new Set(s);
  if (on) n.add(id);
  else n.delete(id);
  return n;
};

/** The record's findings, grouped as the report groups them: filters, bulk actions, reordering. */
export function RecordFindingsList({
  record,
  me,
  editable,
  mayTrack,
  onDirtyChange,
  onRecordChanged,
}: {
  record: StaffRecord;
  me: Me | null | undefined;
  editable: boolean;
  mayTrack: boolean;
  onDirtyChange: (findingId: string, dirty: boolean) => void;
  onRecordChanged: (from: number) => (r: StaffRecord) => void;
}) {
  const trpc = useTRPC();
  // `?edit=<finding id>` opens that finding's editor: where "check your answers" sends a missing response.
  const [search] = useSearchParams();
  const [openEditors, setOpenEditors] = useState<Set<string>>(
    () => new Set(editable ? (search.get('edit') ?? '').split(',').filter(Boolean) : []),
  );
  const [kindFilter, setKindFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
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

  return (
    <>
      <FindingFilters
        kind={kindFilter}
        status={statusFilter}
        onKind={setKindFilter}
        onStatus={setStatusFilter}
        shownCount={shown.length}
        onDownload={() =>
          download(
            `${recordSlug(record)}-findings.csv`,
            'text/csv;charset=utf-8',
            findingsCsv(shown),
          )
        }
      />
      {mayTrack && selected.size > 0 && (
        <BulkActions
          organisationId={record.organisation.id}
          role={roleIn(me, record.organisation.id)!}
          selected={rows.filter((r) => selected.has(r.staff.id)).map((r) => r.staff)}
          onClear={() => setSelected(new Set())}
        />
      )}
      {reorder.error && <ErrorMessage error={reorder.error} title="The findings were not moved" />}
      {groups.length === 0 && <p>No findings match.</p>}
      {groups.map((g) => (
        <section
          key={g.key}
          className="finding-group"
          aria-label={[g.pillar, g.area].filter(Boolean).join(': ') || 'Ungrouped'}
        >
          <h3>{[g.pillar, g.area].filter(Boolean).join(' — ') || 'Not grouped'}</h3>
          {g.rows.map((row, i) => (
            <RecordFindingItem
              key={row.staff.id}
              recordId={record.id}
              staff={row.staff}
              finding={row.finding}
              selectable={mayTrack}
              selected={selected.has(row.staff.id)}
              onSelect={(on) => setSelected((s) => toggled(s, row.staff.id, on))}
              editing={openEditors.has(row.staff.id)}
              onEdit={() => setOpenEditors((s) => toggled(s, row.staff.id, true))}
              onDirtyChange={(dirty) => onDirtyChange(row.staff.id, dirty)}
              onDone={() => setOpenEditors((s) => toggled(s, row.staff.id, false))}
              editable={editable}
              reorder={
                editable && !kindFilter && !statusFilter
                  ? {
                      up: i !== 0 && !reorder.isPending,
                      down: i !== g.rows.length - 1 && !reorder.isPending,
                      move: (direction) => move(row, direction),
                    }
                  : null
              }
              mayTrack={mayTrack}
            />
          ))}
        </section>
      ))}
    </>
  );
}
