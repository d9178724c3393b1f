import { RECORDED_DATE_LABELS, RecordedDateField } from '@irr/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../lib/format';
import { isConflict, useTRPC, type StaffRecord } from '../lib/trpc';
import { ErrorMessage } from './Errors';

type Key = RecordedDateField;

/**
 * The statutory clock's inputs for this record. "First published on" is shown, never typed:
 * publication sets it. Once published, only an approver corrects the dates, publicly.
 */
export function StatutoryDatesForm({
  record,
  mayCorrect,
  onSaved,
}: {
  record: StaffRecord;
  /** Whether this person may change the dates of a published response (an approver). */
  mayCorrect: boolean;
  onSaved: (from: number) => (r: StaffRecord) => void;
}) {
  const published = record.latestPublishedVersion !== null;
  const locked = published && !mayCorrect;
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
      <p className="hint">
        {`Response first published: ${record.dates.firstPublishedOn ? formatDate(record.dates.firstPublishedOn) : 'not yet'} (set by publication). `}
        {published &&
          (locked
            ? 'The response is published: only an approver can correct these dates.'
            : 'The response is published: each change is shown on the public page as a correction.')}
      </p>
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
          {RecordedDateField.options.map((k) => (
            <div className="field" key={k}>
              <label className="label" htmlFor={`date-${k}`}>
                {RECORDED_DATE_LABELS[k]}
              </label>
              <input
                id={`date-${k}`}
                type="date"
                className="input input--date"
                disabled={locked}
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
            disabled={locked}
            value={value('notRequiredReason')}
            onChange={(e) => setDraft((d) => ({ ...d, notRequiredReason: e.target.value }))}
          />
        </div>
        <button
          type="submit"
          className="button"
          disabled={locked || save.isPending || Object.keys(draft).length === 0}
        >
          Save dates
        </button>
      </form>
    </details>
  );
}
