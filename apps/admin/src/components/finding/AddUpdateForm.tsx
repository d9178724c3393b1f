import {
  DATE_PRECISION_LABELS,
  isBlankRichText,
  type DatePrecision,
  type UpdateAuthor,
  type Visibility,
} from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { partsOf, readDateParts } from '../../lib/date-parts';
import { dateErrorOf, errorFor } from '../../lib/form-errors';
import { useFormFeedback } from '../../lib/form-feedback';
import { useStoreRecord } from '../../lib/record-cache';
import { useTRPC, type StaffFinding } from '../../lib/trpc';
import { ActionButton } from '../form/ActionButton';
import { DateInput } from '../form/DateInput';
import { ErrorSummary, type FormError } from '../form/ErrorSummary';
import { SuccessBanner } from '../form/SuccessBanner';
import { RichTextEditor } from '../RichTextEditor';
import { VisibilityChoice } from '../VisibilityChoice';
import { AUTHOR_LABEL } from './FindingUpdates';

const FIELDS = {
  update: { id: 'update-text', name: 'the update' },
  text: { id: 'update-text', name: 'the update' },
  date: { id: 'update-date-day', name: 'the date' },
};

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
  const f = useFormFeedback();
  const [date, setDate] = useState(partsOf(null));
  const [precision, setPrecision] = useState<DatePrecision>('day');
  const [author, setAuthor] = useState<UpdateAuthor>('force');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const add = useMutation(
    trpc.findings.addUpdate.mutationOptions({
      onSuccess: (r) => {
        store(r);
        setText('');
        setDate(partsOf(null));
        f.confirm('The update was added.');
      },
    }),
  );
  const errors = f.errors(add.error, FIELDS);
  const month = precision === 'month';
  const dateId = month ? 'update-month' : 'update-date';
  return (
    <form
      className="panel"
      aria-labelledby="add-update-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // A month-only date is read and stored as the 1st of its month.
        const given = readDateParts(month ? { ...date, day: '1' } : date, 'The date');
        const found: FormError[] = [];
        if (isBlankRichText(text))
          found.push({ field: 'update-text', message: 'Enter the update' });
        if (!given.ok) found.push({ field: `${dateId}-${given.part}`, message: given.message });
        if (!f.check(found) || !given.ok) return;
        add.mutate({
          findingId: staff.id,
          update: { date: given.value, datePrecision: precision, author, visibility, text },
        });
      }}
    >
      <h2 id="add-update-title">Add an update</h2>
      <SuccessBanner message={f.saved} />
      <ErrorSummary errors={errors} title="The update was not added" />
      <RichTextEditor
        id="update-text"
        label="Update"
        hint="What has happened since the last update"
        value={text}
        onChange={(v) => {
          setText(v);
          f.edited();
        }}
        error={errorFor(errors, 'update-text')}
      />
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
      <DateInput
        id={dateId}
        legend={month ? 'Month of the update' : 'Date of the update'}
        hint={
          month
            ? 'Shown as the month only, for example “May 2025”: type 5 2025; leave empty for this month'
            : 'For example, 20 6 2025; leave empty for today'
        }
        monthOnly={month}
        value={date}
        onChange={setDate}
        {...dateErrorOf(errors, dateId)}
      />
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
      <ActionButton id="update-add" busy={add.isPending} why={null}>
        Add update
      </ActionButton>
    </form>
  );
}
