import type { Visibility } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { partsOf, readDateParts } from '../../lib/date-parts';
import { dateErrorOf, errorFor } from '../../lib/form-errors';
import { useFormFeedback } from '../../lib/form-feedback';
import { formatDate } from '../../lib/format';
import { may, useMe } from '../../lib/session';
import { useTRPC, type StaffFinding, type StaffRecord } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ActionButton } from '../form/ActionButton';
import { DateInput } from '../form/DateInput';
import { ErrorSummary, type FormError } from '../form/ErrorSummary';
import { SuccessBanner } from '../form/SuccessBanner';
import { TextField } from '../form/TextField';
import { VisibilityChoice } from '../VisibilityChoice';

const BLANK = { to: partsOf(null), reason: '', visibility: 'internal' as Visibility };
const FIELDS = {
  to: { id: 'target-date-day', name: 'the new target date' },
  reason: { id: 'target-reason', name: 'the reason for the change' },
};

/** Sets the finding's target date; once set, only an approver revises it, with a reason. */
export function TargetDateForm({
  record,
  staff,
  ownChange,
  onSaved,
}: {
  record: StaffRecord;
  staff: StaffFinding;
  ownChange: OwnChange | null;
  onSaved: OnFindingSaved;
}) {
  const trpc = useTRPC();
  const { me } = useMe();
  const f = useFormFeedback();
  const d = useFindingDraft({ recordId: record.id, staff, server: BLANK, ownChange });
  const { to, reason, visibility } = d.value;
  const set: typeof d.set = (k, v) => {
    d.set(k, v);
    f.edited();
  };
  const save = useMutation(
    trpc.findings.setTargetDate.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
        f.confirm(`The target date is now ${formatDate(vars.to)}.`);
      },
    }),
  );
  const revising = staff.targetDate !== null;
  const banner = <SuccessBanner message={f.saved} />;
  if (revising && !may(me, record.organisation.id, 'approver'))
    return (
      <>
        {banner}
        <p className="hint">Only an approver can revise the target date once it is set.</p>
      </>
    );
  const errors = f.errors(
    save.error,
    FIELDS,
    'Someone else changed this finding first: check its target date and try again',
  );
  return (
    <form
      className="panel"
      aria-labelledby="target-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const date = readDateParts(to, 'The new target date');
        const found: FormError[] = [];
        if (!date.ok) found.push({ field: `target-date-${date.part}`, message: date.message });
        else if (date.value === null)
          found.push({ field: 'target-date-day', message: 'Enter the new target date' });
        if (revising && !reason.trim())
          found.push({ field: 'target-reason', message: 'Say why the target date is changing' });
        if (!f.check(found) || !date.ok || !date.value) return;
        save.mutate({
          findingId: staff.id,
          rowVersion: d.rowVersion,
          to: date.value,
          ...(reason && { reason }),
          visibility,
        });
      }}
    >
      <h2 id="target-title">{revising ? 'Revise the target date' : 'Set the target date'}</h2>
      {banner}
      <ErrorSummary errors={errors} title="The target date was not saved" />
      <DateInput
        id="target-date"
        legend="New target date"
        hint="For example, 31 3 2026"
        value={to}
        onChange={(v) => set('to', v)}
        {...dateErrorOf(errors, 'target-date')}
      />
      {revising && (
        <>
          <TextField
            id="target-reason"
            label="Reason for the change"
            hint="Kept with the revision history; slippage is visible"
            rows={2}
            value={reason}
            onChange={(v) => set('reason', v)}
            error={errorFor(errors, 'target-reason')}
          />
          <VisibilityChoice
            name="target-visibility"
            legend="Who can see the reason?"
            value={visibility}
            onChange={(v) => set('visibility', v)}
          />
        </>
      )}
      <ActionButton
        id="target-save"
        busy={save.isPending}
        why={d.conflict ? 'Loading their change first.' : null}
      >
        {revising ? 'Revise target date' : 'Set target date'}
      </ActionButton>
    </form>
  );
}
