import { richTextToPlainText } from '@irr/domain';
import type { RecordDraft, RecordSection } from '../lib/use-record-draft';
import { errorInfo, isConflict } from '../lib/trpc';
import { ConflictNotice } from './Conflict';
import { ErrorMessage } from './Errors';

const TEXT_LABEL = {
  summary: 'Summary',
  commissionerComments: "Commissioner's comments",
  chiefOfficerComments: "Chief officer's comments",
} as const;

/** A save's answer, shown by the form that sent it: the conflict notice, or why it was refused. */
export function RecordSaveNotices({ d, section }: { d: RecordDraft; section: RecordSection }) {
  const { record, draft, save, changes } = d;
  if (d.where !== section) return null;
  const error = save.error && !isConflict(save.error) ? errorInfo(save.error) : null;
  return (
    <>
      {d.conflict && (
        <ConflictNotice
          what="record"
          changes={changes.data}
          theirs={(['summary', 'commissionerComments', 'chiefOfficerComments'] as const)
            .filter((k) => draft[k] !== undefined)
            .map((k) => ({ label: TEXT_LABEL[k], value: richTextToPlainText(record.record[k]) }))}
          onReload={() => {
            void d.loadTheirs((fresh) => fresh.rowVersion).then(() => save.reset());
          }}
          onDiscard={() => {
            d.reset();
            save.reset();
          }}
        />
      )}
      {error && <ErrorMessage error={save.error} title="The record was not saved" />}
    </>
  );
}

export function RecordSaveBar({ d, editable }: { d: RecordDraft; editable: boolean }) {
  if (!editable) return null;
  return (
    <div className="button-group">
      <button type="submit" className="button" disabled={!d.dirty || d.save.isPending}>
        Save record
      </button>
      {d.dirty && <span className="hint">You have unsaved changes.</span>}
    </div>
  );
}
