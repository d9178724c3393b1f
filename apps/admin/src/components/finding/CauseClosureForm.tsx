import { useMutation } from '@tanstack/react-query';
import { useTRPC, type StaffFinding } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ErrorMessage } from '../Errors';

const BLANK = { letterDate: '', letterLink: '' };

/** HMICFRS closes a cause of concern by letter, apart from its recommendations. */
export function CauseClosureForm({
  recordId,
  staff,
  ownChange,
  onSaved,
}: {
  recordId: string;
  staff: StaffFinding;
  ownChange: OwnChange | null;
  onSaved: OnFindingSaved;
}) {
  const trpc = useTRPC();
  const d = useFindingDraft({ recordId, staff, server: BLANK, ownChange });
  const { letterDate, letterLink } = d.value;
  const close = useMutation(
    trpc.findings.closeCauseOfConcern.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
      },
    }),
  );
  return (
    <form
      className="panel"
      aria-labelledby="cause-title"
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate({
          findingId: staff.id,
          rowVersion: d.rowVersion,
          letterDate,
          letterLink: letterLink.trim(),
        });
      }}
    >
      <h2 id="cause-title">Record HMICFRS closing this cause of concern</h2>
      {close.error && (
        <ErrorMessage error={close.error} title="The cause of concern was not closed" />
      )}
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="letter-date">
            Date of the HMICFRS letter
          </label>
          <input
            id="letter-date"
            type="date"
            className="input input--date"
            value={letterDate}
            onChange={(e) => d.set('letterDate', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="letter-link">
            Link to the letter
          </label>
          <span className="hint" id="letter-link-hint">
            An https:// address
          </span>
          <input
            id="letter-link"
            type="url"
            aria-describedby="letter-link-hint"
            className="input"
            value={letterLink}
            onChange={(e) => d.set('letterLink', e.target.value)}
          />
        </div>
      </div>
      <button
        type="submit"
        className="button"
        disabled={!letterDate || !letterLink.trim() || close.isPending || d.conflict}
      >
        Close the cause of concern
      </button>
    </form>
  );
}
