import { useMutation } from '@tanstack/react-query';
import { partsOf, readDateParts } from '../../lib/date-parts';
import { dateErrorOf, errorFor } from '../../lib/form-errors';
import { useFormFeedback } from '../../lib/form-feedback';
import { useTRPC, type StaffFinding } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ActionButton } from '../form/ActionButton';
import { DateInput } from '../form/DateInput';
import { ErrorSummary, type FormError } from '../form/ErrorSummary';
import { SuccessBanner } from '../form/SuccessBanner';
import { TextField } from '../form/TextField';

const BLANK = { letterDate: partsOf(null), letterLink: '' };
const FIELDS = {
  letterDate: { id: 'letter-date-day', name: 'the date of the HMICFRS letter' },
  letterLink: { id: 'letter-link', name: 'the link to the letter' },
};

/**
 * HMICFRS closes a cause of concern by letter, apart from its recommendations. Once it is closed, only
 * the confirmation of that stays.
 */
export function CauseClosureForm({
  recordId,
  staff,
  ownChange,
  onSaved,
  mayClose,
}: {
  recordId: string;
  /** Only an approver records the closure. */
  mayClose: boolean;
  staff: StaffFinding;
  ownChange: OwnChange | null;
  onSaved: OnFindingSaved;
}) {
  const trpc = useTRPC();
  const f = useFormFeedback();
  const d = useFindingDraft({ recordId, staff, server: BLANK, ownChange });
  const { letterDate, letterLink } = d.value;
  const set: typeof d.set = (k, v) => {
    d.set(k, v);
    f.edited();
  };
  const close = useMutation(
    trpc.findings.closeCauseOfConcern.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
        f.confirm('The cause of concern is recorded as closed by HMICFRS.');
      },
    }),
  );
  if (staff.causeStatus === 'closed') return <SuccessBanner message={f.saved} />;
  const errors = f.errors(
    close.error,
    FIELDS,
    'Someone else changed this finding first: check it and try again',
  );
  return (
    <form
      className="panel"
      aria-labelledby="cause-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const date = readDateParts(letterDate, 'The date of the letter');
        const found: FormError[] = [];
        if (!date.ok) found.push({ field: `letter-date-${date.part}`, message: date.message });
        else if (date.value === null)
          found.push({ field: 'letter-date-day', message: 'Enter the date of the HMICFRS letter' });
        if (!/^https?:\/\/\S+$/i.test(letterLink.trim()))
          found.push({
            field: 'letter-link',
            message: letterLink.trim()
              ? 'Enter the link to the letter as a web address starting with https://'
              : 'Enter the link to the letter',
          });
        if (!f.check(found) || !date.ok || !date.value) return;
        close.mutate({
          findingId: staff.id,
          rowVersion: d.rowVersion,
          letterDate: date.value,
          letterLink: letterLink.trim(),
        });
      }}
    >
      <h2 id="cause-title">Record HMICFRS closing this cause of concern</h2>
      <ErrorSummary errors={errors} title="The cause of concern was not closed" />
      <DateInput
        id="letter-date"
        legend="Date of the HMICFRS letter"
        hint="For example, 7 2 2026"
        value={letterDate}
        onChange={(v) => set('letterDate', v)}
        {...dateErrorOf(errors, 'letter-date')}
      />
      <TextField
        id="letter-link"
        label="Link to the letter"
        hint="An https:// address"
        type="url"
        value={letterLink}
        onChange={(v) => set('letterLink', v)}
        error={errorFor(errors, 'letter-link')}
      />
      <ActionButton
        id="cause-close"
        busy={close.isPending}
        why={
          !mayClose
            ? 'Only an approver can record that HMICFRS closed it.'
            : d.conflict
              ? 'Loading their change first.'
              : null
        }
      >
        Close the cause of concern
      </ActionButton>
    </form>
  );
}
