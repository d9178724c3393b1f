import {
  DATE_PRECISION_LABELS,
  type DatePrecision,
  type UpdateAuthor,
  type Visibility,
} from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useStoreRecord } from '../../lib/record-cache';
import { useTRPC, type StaffFinding } from '../../lib/trpc';
import { ErrorMessage } from '../Errors';
import { RichTextEditor } from '../RichTextEditor';
import { VisibilityChoice } from '../VisibilityChoice';
import { AUTHOR_LABEL } from './FindingUpdates';

/** A dated progress update; its text is the page's, which asks before it is left unsaved. */
export function AddUpdateForm({
  staff,
  text,
  setText,
}: {
  staff: StaffFinding;
  text: string;
  setText: (s: string) => void;
}) {
  const trpc = useTRPC();
  const store = useStoreRecord();
  const [date, setDate] = useState('');
  const [month, setMonth] = useState('');
  const [precision, setPrecision] = useState<DatePrecision>('day');
  const [author, setAuthor] = useState<UpdateAuthor>('force');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const add = useMutation(
    trpc.findings.addUpdate.mutationOptions({
      onSuccess: (r) => {
        store(r);
        setText('');
      },
    }),
  );
  return (
    <form
      className="panel"
      aria-labelledby="add-update-title"
      onSubmit={(e) => {
        e.preventDefault();
        // A month-only date is sent as the 1st of its month, as it is stored.
        const given = precision === 'month' ? (month ? `${month}-01` : null) : date || null;
        add.mutate({
          findingId: staff.id,
          update: { date: given, datePrecision: precision, author, visibility, text },
        });
      }}
    >
      <h2 id="add-update-title">Add an update</h2>
      {add.error && <ErrorMessage error={add.error} title="The update was not added" />}
      <RichTextEditor
        id="update-text"
        label="Update"
        hint="What has happened since the last update"
        value={text}
        onChange={setText}
      />
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="update-precision">
            Date given as
          </label>
          <select
            id="update-precision"
            className="select"
            value={precision}
            onChange={(e) => setPrecision(e.target.value as DatePrecision)}
          >
            {Object.entries(DATE_PRECISION_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        {precision === 'month' ? (
          <div className="field">
            <label className="label" htmlFor="update-month">
              Month
            </label>
            <span className="hint" id="update-month-hint">
              Shown as the month only, for example &ldquo;May 2025&rdquo;; leave empty for this
              month
            </span>
            <input
              id="update-month"
              aria-describedby="update-month-hint"
              type="month"
              className="input input--date"
              value={month}
              onChange={(e) => setMonth(e.target.value)}
            />
          </div>
        ) : (
          <div className="field">
            <label className="label" htmlFor="update-date">
              Date
            </label>
            <span className="hint" id="update-date-hint">
              Leave empty for today
            </span>
            <input
              id="update-date"
              aria-describedby="update-date-hint"
              type="date"
              className="input input--date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label className="label" htmlFor="update-author">
            Written by
          </label>
          <select
            id="update-author"
            className="select"
            value={author}
            onChange={(e) => setAuthor(e.target.value as UpdateAuthor)}
          >
            {Object.entries(AUTHOR_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <VisibilityChoice name="update-visibility" value={visibility} onChange={setVisibility} />
      </div>
      <button type="submit" className="button" disabled={add.isPending}>
        Add update
      </button>
    </form>
  );
}
