import { allowedFindingTransitions, FindingStatus, isBlankRichText, type Role } from '@irr/domain';
import { useState } from 'react';
import { formErrorsOf } from '../lib/form-errors';
import { teamProblem } from '../lib/owner';
import { useStoreRecord } from '../lib/record-cache';
import { useTRPCClient, type StaffFinding, type StaffRecord } from '../lib/trpc';
import { BulkActionFields, type BulkAction, type BulkValues } from './BulkActionFields';
import { ActionButton } from './form/ActionButton';
import { ErrorSummary, type FormError } from './form/ErrorSummary';
import { SelectField } from './form/SelectField';
import { SuccessBanner } from './form/SuccessBanner';

type Outcome = { ref: string; ok: boolean; message: string };

const START: BulkValues = {
  owner: '',
  team: '',
  text: '',
  visibility: 'internal',
  to: 'in_progress',
  reason: '',
};

/** The form's own checks before anything is sent: what the action needs for the findings chosen. */
function problemsOf(action: BulkAction, v: BulkValues, selected: StaffFinding[], role: Role) {
  const found: FormError[] = [];
  const team = teamProblem(v.team);
  if (action === 'owner' && team) found.push({ field: 'bulk-team', message: team });
  if (action === 'update' && isBlankRichText(v.text))
    found.push({ field: 'bulk-update', message: 'Enter the update for each finding' });
  const needing = selected.filter((f) =>
    allowedFindingTransitions(f.status, role)
      .find((t) => t.to === v.to)
      ?.guards.some((g) => g === 'reason' || g === 'finalUpdate'),
  );
  if (action === 'status' && needing.length > 0 && !v.reason.trim())
    found.push({
      field: 'bulk-reason',
      message: `Give the reason or final update: ${needing.map((f) => f.ref).join(', ')} ${needing.length === 1 ? 'needs' : 'need'} one for this move`,
    });
  return found;
}

/**
 * One action on many findings. Each finding is changed on its own, with its own version check, and
 * the result is reported per finding: one refusal (a status the lifecycle does not allow from
 * there, someone else's newer change) does not undo or block the others.
 */
export function BulkActions({
  organisationId,
  selected,
  role,
  onClear,
}: {
  organisationId: string;
  selected: StaffFinding[];
  role: Role;
  onClear: () => void;
}) {
  const client = useTRPCClient();
  const storeRecord = useStoreRecord();
  const [action, setAction] = useState<BulkAction>('owner');
  const [v, setValues] = useState(START);
  const [checked, setChecked] = useState<FormError[]>([]);
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const statuses = FindingStatus.options.filter((s) =>
    FindingStatus.options.some((from) =>
      allowedFindingTransitions(from, role).some((t) => t.to === s),
    ),
  );

  const one = (f: StaffFinding): Promise<StaffRecord> => {
    if (action === 'owner')
      return client.findings.setOwner.mutate({
        findingId: f.id,
        rowVersion: f.rowVersion,
        ownerUserId: v.owner || null,
        team: v.team.trim() || null,
      });
    if (action === 'update')
      return client.findings.addUpdate.mutate({
        findingId: f.id,
        update: { date: null, author: 'force', visibility: v.visibility, text: v.text },
      });
    return client.findings.transition.mutate({
      findingId: f.id,
      rowVersion: f.rowVersion,
      to: v.to,
      // Completing asks for a final update: the text serves as that, other moves take it as the reason.
      ...(v.reason.trim() &&
        (v.to === 'completed'
          ? { finalUpdate: `<p>${v.reason.replace(/[<>&]/g, ' ')}</p>` }
          : { reason: v.reason })),
      visibility: v.visibility,
    });
  };

  const apply = async () => {
    const found = problemsOf(action, v, selected, role);
    setChecked(found);
    setOutcomes(null);
    if (found.length > 0) return;
    setRunning(true);
    const results: Outcome[] = [];
    let latest: StaffRecord | null = null;
    for (const f of selected) {
      try {
        latest = await one(f);
        results.push({ ref: f.ref, ok: true, message: 'done' });
      } catch (e) {
        results.push({ ref: f.ref, ok: false, message: formErrorsOf(e, {})[0]!.message });
      }
    }
    if (latest) storeRecord(latest);
    setOutcomes(results);
    setRunning(false);
  };

  const changed = outcomes?.filter((o) => o.ok) ?? [];
  const refused = outcomes?.filter((o) => !o.ok) ?? [];
  return (
    <section className="panel" aria-labelledby="bulk-title">
      <h3 id="bulk-title">
        Act on {selected.length} selected {selected.length === 1 ? 'finding' : 'findings'}
      </h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        {/* The banner first: when some were refused, the summary after it takes the focus. */}
        <SuccessBanner
          message={
            outcomes && changed.length > 0
              ? `${changed.length} of ${outcomes.length} changed${refused.length === 0 ? '.' : `: ${changed.map((o) => o.ref).join(', ')}.`}`
              : null
          }
        />
        <ErrorSummary
          errors={[
            ...checked,
            ...refused.map((o) => ({ field: null, message: `${o.ref}: ${o.message}` })),
          ]}
          title={
            checked.length > 0
              ? 'Nothing was changed'
              : `${refused.length} of ${outcomes?.length ?? 0} not changed`
          }
        />
        <SelectField
          id="bulk-action"
          label="Action"
          value={action}
          onChange={(a) => setAction(a as BulkAction)}
        >
          <option value="owner">Assign an owner</option>
          <option value="update">Add the same update</option>
          <option value="status">Move status</option>
        </SelectField>
        <BulkActionFields
          action={action}
          organisationId={organisationId}
          statuses={statuses}
          value={v}
          set={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
          errors={checked}
        />
        <div className="button-group">
          <ActionButton id="bulk-apply" busy={running} why={null}>
            Apply to {selected.length}
          </ActionButton>
          <button type="button" className="button button--secondary" onClick={onClear}>
            Clear selection
          </button>
        </div>
      </form>
      {running && <p role="status">Working…</p>}
    </section>
  );
}
