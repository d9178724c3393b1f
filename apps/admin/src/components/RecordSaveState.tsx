import { richTextToPlainText } from '@irr/domain';
import type { RecordDraft, RecordSection } from '../lib/use-record-draft';
import { formErrorsOf } from '../lib/form-errors';
import { isConflict } from '../lib/trpc';
import { ConflictNotice } from './Conflict';
import { ActionButton } from './form/ActionButton';
import { ErrorSummary } from './form/ErrorSummary';
import { SuccessBanner } from './form/SuccessBanner';

const TEXT_LABEL = {
  summary: 'Summary',
  commissionerComments: "Commissioner's comments",
  chiefOfficerComments: "Chief officer's comments",
} as const;

/** The record's fields as a refusal names them (the patch's keys). */
const FIELDS = {
  summary: { id: 'summary', name: 'the summary' },
  commissionerComments: { id: 'commissioner-comments', name: "the commissioner's comments" },
  chiefOfficerComments: { id: 'chief-officer-comments', name: "the chief officer's comments" },
  documentVersion: { id: 'document-version', name: 'the version label' },
};

/**
 * A save's answer, shown by the form that sent it: the confirmation, the conflict notice, or what
 * stopped it (the form's own checks or the server's refusal) as an error summary.
 */
export function RecordSaveNotices({ d, section }: { d: RecordDraft; section: RecordSection }) {
  const { record, draft, save, changes } = d;
  if (d.where !== section) return null;
  const errors =
    d.checked.length > 0
      ? d.checked
      : save.error && !isConflict(save.error)
        ? formErrorsOf(save.error, FIELDS)
        : [];
  return (
    <>
      <SuccessBanner message={d.saved ? 'The record was saved.' : null} />
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
      <ErrorSummary errors={errors} title="The record was not saved" />
    </>
  );
}

export function RecordSaveBar({
  d,
  section,
  editable,
}: {
  d: RecordDraft;
  section: RecordSection;
  editable: boolean;
}) {
  if (!editable) return null;
  return (
    <div className="button-group">
      <ActionButton
        id={`save-record-${section}`}
        busy={d.save.isPending}
        why={d.dirty ? null : 'Change something in the record to save it.'}
      >
        Save record
      </ActionButton>
      {d.dirty && <span className="hint">You have unsaved changes.</span>}
    </div>
  );
}
