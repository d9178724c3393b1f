import { RECORDED_DATE_LABELS, RecordedDateField } from '@irr/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { partsOf, readDateParts, type DateParts } from '../lib/date-parts';
import { formErrorsOf } from '../lib/form-errors';
import { formatDate } from '../lib/format';
import { isConflict, useTRPC, type StaffRecord } from '../lib/trpc';
import { DateInput } from './form/DateInput';
import { ErrorSummary, type FormError } from './form/ErrorSummary';
import { SuccessBanner } from './form/SuccessBanner';

type Key = RecordedDateField;

const FIELDS = { notRequiredReason: { id: 'not-required', name: 'why no response is required' } };

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
  const [dates, setDates] = useState<Partial<Record<Key, DateParts>>>({});
  const [reason, setReason] = useState<string | null>(null);
  const [checked, setChecked] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.records.setDates.mutationOptions({
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        setDates({});
        setReason(null);
        setSaved('The statutory dates were saved.');
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
  const changed = Object.keys(dates).length > 0 || reason !== null;
  const conflict = save.error && isConflict(save.error);
  const errors = checked.length > 0 ? checked : conflict ? [] : formErrorsOf(save.error, FIELDS);
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
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          const found: FormError[] = [];
          const values: Record<string, string | null> = {};
          for (const [k, parts] of Object.entries(dates) as [Key, DateParts][]) {
            const read = readDateParts(parts, RECORDED_DATE_LABELS[k]);
            if (read.ok) values[k] = read.value;
            else found.push({ field: `date-${k}-${read.part}`, message: read.message });
          }
          setChecked(found);
          if (found.length > 0) return;
          save.mutate({
            recordId: record.id,
            rowVersion: record.rowVersion,
            dates: {
              ...values,
              ...(reason !== null && { notRequiredReason: reason.trim() === '' ? null : reason }),
            },
          });
        }}
      >
        <SuccessBanner message={saved} />
        {conflict && (
          <ErrorSummary
            errors={[
              { field: null, message: 'Your dates are still here: save again to apply them.' },
            ]}
            title="Someone else changed the record"
          />
        )}
        <ErrorSummary errors={errors} title="The dates were not saved" />
        <div className="field-grid">
          {RecordedDateField.options.map((k) => {
            const error = errors.find((e) => e.field?.startsWith(`date-${k}-`));
            return (
              <DateInput
                key={k}
                id={`date-${k}`}
                legend={RECORDED_DATE_LABELS[k]}
                disabled={locked}
                value={dates[k] ?? partsOf(record.dates[k])}
                onChange={(v) => {
                  setDates((d) => ({ ...d, [k]: v }));
                  setSaved(null);
                }}
                error={error?.message}
                errorPart={error?.field?.replace(`date-${k}-`, '') as keyof DateParts | undefined}
              />
            );
          })}
        </div>
        <div className="field">
          <label className="label" htmlFor="not-required">
            No response required because
          </label>
          <input
            id="not-required"
            className="input"
            disabled={locked}
            value={reason ?? record.dates.notRequiredReason ?? ''}
            onChange={(e) => {
              setReason(e.target.value);
              setSaved(null);
            }}
          />
        </div>
        <button
          type="submit"
          className="button"
          aria-describedby="save-dates-why"
          disabled={locked || save.isPending || !changed}
        >
          Save dates
        </button>{' '}
        {/* A disabled action says why, beside it. */}
        <span className="hint" id="save-dates-why">
          {locked
            ? 'Only an approver can correct the dates of a published response.'
            : !changed
              ? 'Change a date to save.'
              : ''}
        </span>
      </form>
    </details>
  );
}
