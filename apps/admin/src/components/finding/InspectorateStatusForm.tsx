import { INSPECTORATE_STATUS_SUGGESTIONS, type InspectorateStatus } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { isConflict, useTRPC, type StaffFinding } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ErrorMessage } from '../Errors';

/** HMICFRS's own status, as it gave it: an open list, with the register's usual values offered. */
export function InspectorateStatusForm({
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
  const current = staff.inspectorateStatus;
  const d = useFindingDraft({
    recordId,
    staff,
    server: { status: current?.status ?? '', on: current?.on ?? '', source: current?.source ?? '' },
    ownChange,
  });
  const { status, on, source } = d.value;
  const save = useMutation(
    trpc.findings.setInspectorateStatus.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
      },
    }),
  );
  const set = (inspectorateStatus: InspectorateStatus | null) =>
    save.mutate({ findingId: staff.id, rowVersion: d.rowVersion, inspectorateStatus });
  return (
    <form
      className="panel"
      aria-labelledby="inspectorate-title"
      onSubmit={(e) => {
        e.preventDefault();
        set({ status: status.trim(), on, source: source.trim() || null });
      }}
    >
      <h2 id="inspectorate-title">Record HMICFRS status</h2>
      {save.error && (
        <ErrorMessage
          error={save.error}
          title={
            isConflict(save.error)
              ? 'Someone else changed this finding first: check its HMICFRS status and try again'
              : 'The HMICFRS status was not saved'
          }
        />
      )}
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="inspectorate-status">
            HMICFRS status
          </label>
          <span className="hint" id="inspectorate-status-hint">
            As HMICFRS gave it: pick a usual one or type its own words
          </span>
          <input
            id="inspectorate-status"
            list="inspectorate-status-suggestions"
            aria-describedby="inspectorate-status-hint"
            className="input"
            maxLength={100}
            value={status}
            onChange={(e) => d.set('status', e.target.value)}
          />
          <datalist id="inspectorate-status-suggestions">
            {INSPECTORATE_STATUS_SUGGESTIONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label className="label" htmlFor="inspectorate-on">
            Given on
          </label>
          <input
            id="inspectorate-on"
            type="date"
            className="input input--date"
            value={on}
            onChange={(e) => d.set('on', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="inspectorate-source">
            Link to the source
          </label>
          <span className="hint" id="inspectorate-source-hint">
            Where HMICFRS said so, an https:// address; optional
          </span>
          <input
            id="inspectorate-source"
            type="url"
            aria-describedby="inspectorate-source-hint"
            className="input"
            value={source}
            onChange={(e) => d.set('source', e.target.value)}
          />
        </div>
      </div>
      <div className="button-group">
        <button
          type="submit"
          className="button"
          disabled={!status.trim() || !on || save.isPending || d.conflict}
        >
          Save HMICFRS status
        </button>
        {current && (
          <button
            type="button"
            className="button button--secondary"
            disabled={save.isPending}
            onClick={() => set(null)}
          >
            Clear HMICFRS status
          </button>
        )}
      </div>
    </form>
  );
}
