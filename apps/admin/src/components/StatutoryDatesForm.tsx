import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isConflict, useTRPC, type StaffRecord } from '../lib/trpc';
import { ErrorMessage } from './Errors';

const FIELDS = [
  ['commentsRequestedOn', "Chief officer's comments requested on"],
  ['commentsDueOn', "Chief officer's comments due on"],
  ['commentsReceivedOn', "Chief officer's comments received on"],
  ['sentToHmicfrsOn', 'Sent to HMICFRS on'],
  ['sentToHomeSecretaryOn', 'Sent to the Home Secretary on'],
] as const;

type Key = (typeof FIELDS)[number][0];

/** The statutory clock's inputs for this record. */
export function StatutoryDatesForm({
  record,
  onSaved,
}: {
  record: StaffRecord;
  onSaved: (from: number) => (r: StaffRecord) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Partial<Record<Key | 'notRequiredReason', string>>>({});
  const save = useMutation(
    trpc.records.setDates.mutationOptions({
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        setDraft({});
      },
      // Someone else's change: load it, keep the typed dates, and let the next save apply them over it.
      onError: (error) => {
        if (isConflict(error))
          void queryClient.invalidateQueries({
            queryKey: trpc.records.get.queryKey({ recordId: record.id }),
          });
      },
    }),
  );
  const value = (k: Key | 'notRequiredReason') => draft[k] ?? record.dates[k] ?? '';
  return (
    <details className="panel">
      <summary>Statutory dates</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            recordId: record.id,
            rowVersion: record.rowVersion,
            dates: Object.fromEntries(
              Object.entries(draft).map(([k, v]) => [k, v.trim() === '' ? null : v]),
            ),
          });
        }}
      >
        {save.error && (
          <ErrorMessage
            error={save.error}
            title={
              isConflict(save.error)
                ? 'Someone else changed the record: your dates are still here, save again to apply them'
                : 'The dates were not saved'
            }
          />
        )}
        <div className="field-grid">
          {FIELDS.map(([k, text]) => (
            <div className="field" key={k}>
              <label className="label" htmlFor={`date-${k}`}>
                {text}
              </label>
              <input
                id={`date-${k}`}
                type="date"
                className="input input--date"
                value={value(k)}
                onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        <div className="field">
          <label className="label" htmlFor="not-required">
            No response required because
          </label>
          <input
            id="not-required"
            className="input"
            value={value('notRequiredReason')}
            onChange={(e) => setDraft((d) => ({ ...d, notRequiredReason: e.target.value }))}
          />
        </div>
        <button
          type="submit"
          className="button"
          disabled={save.isPending || Object.keys(draft).length === 0}
        >
          Save dates
        </button>
      </form>
    </details>
  );
}
