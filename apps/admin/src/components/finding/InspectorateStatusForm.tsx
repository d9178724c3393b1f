import { INSPECTORATE_STATUS_SUGGESTIONS, type InspectorateStatus } from '@irr/domain';
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

const FIELDS = {
  inspectorateStatus: { id: 'inspectorate-status', name: 'the HMICFRS status' },
};
const isLink = (s: string) => /^https?:\/\/\S+$/i.test(s);

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
  const f = useFormFeedback();
  const current = staff.inspectorateStatus;
  const d = useFindingDraft({
    recordId,
    staff,
    server: {
      status: current?.status ?? '',
      on: partsOf(current?.on),
      source: current?.source ?? '',
    },
    ownChange,
  });
  const { status, on, source } = d.value;
  const set: typeof d.set = (k, v) => {
    d.set(k, v);
    f.edited();
  };
  const save = useMutation(
    trpc.findings.setInspectorateStatus.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
        f.confirm(
          vars.inspectorateStatus
            ? 'The HMICFRS status was saved.'
            : 'The HMICFRS status was cleared.',
        );
      },
    }),
  );
  const send = (inspectorateStatus: InspectorateStatus | null) =>
    save.mutate({ findingId: staff.id, rowVersion: d.rowVersion, inspectorateStatus });
  const errors = f.errors(
    save.error,
    FIELDS,
    'Someone else changed this finding first: check its HMICFRS status and try again',
  );
  return (
    <form
      className="panel"
      aria-labelledby="inspectorate-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const date = readDateParts(on, 'The date it was given');
        const found: FormError[] = [];
        if (!status.trim())
          found.push({ field: 'inspectorate-status', message: 'Enter the HMICFRS status' });
        if (!date.ok) found.push({ field: `inspectorate-on-${date.part}`, message: date.message });
        else if (date.value === null)
          found.push({
            field: 'inspectorate-on-day',
            message: 'Enter the date HMICFRS gave the status',
          });
        if (source.trim() && !isLink(source.trim()))
          found.push({
            field: 'inspectorate-source',
            message: 'Enter the link to the source as a web address starting with https://',
          });
        if (!f.check(found) || !date.ok || !date.value) return;
        send({ status: status.trim(), on: date.value, source: source.trim() || null });
      }}
    >
      <h2 id="inspectorate-title">Record HMICFRS status</h2>
      <SuccessBanner message={f.saved} />
      <ErrorSummary errors={errors} title="The HMICFRS status was not saved" />
      <TextField
        id="inspectorate-status"
        label="HMICFRS status"
        hint="As HMICFRS gave it: pick a usual one or type its own words"
        list="inspectorate-status-suggestions"
        maxLength={100}
        value={status}
        onChange={(v) => set('status', v)}
        error={errorFor(errors, 'inspectorate-status')}
      />
      <datalist id="inspectorate-status-suggestions">
        {INSPECTORATE_STATUS_SUGGESTIONS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <DateInput
        id="inspectorate-on"
        legend="Given on"
        hint="The day HMICFRS gave it, for example 20 11 2026"
        value={on}
        onChange={(v) => set('on', v)}
        {...dateErrorOf(errors, 'inspectorate-on')}
      />
      <TextField
        id="inspectorate-source"
        label="Link to the source"
        hint="Where HMICFRS said so, an https:// address; optional"
        type="url"
        value={source}
        onChange={(v) => set('source', v)}
        error={errorFor(errors, 'inspectorate-source')}
      />
      <div className="button-group">
        <ActionButton
          id="inspectorate-save"
          busy={save.isPending}
          why={d.conflict ? 'Loading their change first.' : null}
        >
          Save HMICFRS status
        </ActionButton>
        {current && (
          <button
            type="button"
            className="button button--secondary"
            disabled={save.isPending}
            onClick={() => {
              f.check([]);
              send(null);
            }}
          >
            Clear HMICFRS status
          </button>
        )}
      </div>
    </form>
  );
}
