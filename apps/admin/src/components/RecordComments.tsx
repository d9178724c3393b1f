import type { RecordDraft } from '../lib/use-record-draft';
import { RecordSaveBar, RecordSaveNotices } from './RecordSaveState';
import { RichText } from './RichText';
import { RichTextEditor } from './RichTextEditor';

/** The commissioner's and the chief officer's comments, the record's last part. */
export function RecordComments({ d, editable }: { d: RecordDraft; editable: boolean }) {
  const { value, set, submit } = d;
  return (
    <form onSubmit={submit('comments')} aria-labelledby="comments-title" noValidate>
      <h2 id="comments-title">Comments</h2>
      <RecordSaveNotices d={d} section="comments" />
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
      <RecordSaveBar d={d} section="comments" editable={editable} />
    </form>
  );
}
