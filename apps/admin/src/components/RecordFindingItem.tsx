import type { Finding } from '@irr/domain';
import { useState } from 'react';
import { Link } from 'wouter';
import { KIND_LABEL, STATUS_LABEL } from '../lib/format';
import type { StaffFinding } from '../lib/trpc';
import { FindingEditor } from './FindingEditor';
import { SuccessBanner } from './form/SuccessBanner';
import { FindingReadView } from './FindingReadView';

/** One finding on the record page: its heading, its editor or its read view, and its actions. */
export function RecordFindingItem({
  recordId,
  staff,
  finding,
  selectable,
  selected,
  onSelect,
  editing,
  onEdit,
  onDirtyChange,
  onDone,
  editable,
  reorder,
  mayTrack,
}: {
  recordId: string;
  staff: StaffFinding;
  finding: Finding;
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  editing: boolean;
  onEdit: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onDone: () => void;
  editable: boolean;
  /** Moving up and down within its group, when offered (no filter, may edit). */
  reorder: { up: boolean; down: boolean; move: (direction: -1 | 1) => void } | null;
  mayTrack: boolean;
}) {
  // The editor closes on a save: its confirmation is shown here, until the finding is edited again.
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <article className="finding" aria-labelledby={`h-${staff.id}`}>
      {selectable && (
        <div className="checkbox">
          <input
            type="checkbox"
            id={`select-${staff.id}`}
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
          />
          <label htmlFor={`select-${staff.id}`}>Select {staff.ref} for a bulk action</label>
        </div>
      )}
      <h4 id={`h-${staff.id}`} className="finding__title">
        {staff.ref} · {KIND_LABEL[finding.kind]}
        {finding.reference && <> ({finding.reference})</>}
        {finding.title && <>: {finding.title}</>}{' '}
        <span className={`tag tag--${staff.status}`}>{STATUS_LABEL[staff.status]}</span>
      </h4>
      <SuccessBanner message={saved} />
      {editing ? (
        <FindingEditor
          recordId={recordId}
          staff={staff}
          finding={finding}
          onDirtyChange={onDirtyChange}
          onDone={onDone}
          onSaved={() => setSaved(`${staff.ref} was saved.`)}
        />
      ) : (
        <FindingReadView staff={staff} finding={finding} />
      )}
      <div className="button-group">
        {editable && !editing && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(null);
              onEdit();
            }}
          >
            Edit {staff.ref}
          </button>
        )}
        {reorder && (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={!reorder.up}
              onClick={() => reorder.move(-1)}
            >
              Move {staff.ref} up
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!reorder.down}
              onClick={() => reorder.move(1)}
            >
              Move {staff.ref} down
            </button>
          </>
        )}
        <Link className="button button--secondary" to={`/records/${recordId}/findings/${staff.id}`}>
          {mayTrack ? 'Track' : 'View'} {staff.ref}
          <span className="visually-hidden">: updates, status, owner and target date</span>
        </Link>
      </div>
    </article>
  );
}
