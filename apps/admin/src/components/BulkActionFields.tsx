import type { FindingStatus, Visibility } from '@irr/domain';
import { errorFor } from '../lib/form-errors';
import { STATUS_LABEL } from '../lib/format';
import type { FormError } from './form/ErrorSummary';
import { SelectField } from './form/SelectField';
import { TextField } from './form/TextField';
import { OwnerFields } from './OwnerFields';
import { RichTextEditor } from './RichTextEditor';
import { VisibilityChoice } from './VisibilityChoice';

export type BulkAction = 'owner' | 'update' | 'status';

/** What one bulk action on many findings takes, as its form holds it. */
export interface BulkValues {
  owner: string;
  team: string;
  text: string;
  visibility: Visibility;
  to: FindingStatus;
  reason: string;
}

/** The fields of the chosen bulk action: an owner, the same update, or a status move. */
export function BulkActionFields({
  action,
  organisationId,
  statuses,
  value,
  set,
  errors,
}: {
  action: BulkAction;
  organisationId: string;
  /** The statuses this person's role can move a finding to. */
  statuses: readonly FindingStatus[];
  value: BulkValues;
  set: <K extends keyof BulkValues>(key: K, v: BulkValues[K]) => void;
  errors: readonly FormError[];
}) {
  if (action === 'owner')
    return (
      <OwnerFields
        idPrefix="bulk"
        organisationId={organisationId}
        ownerUserId={value.owner}
        team={value.team}
        onOwnerChange={(v) => set('owner', v)}
        onTeamChange={(v) => set('team', v)}
        errors={{ team: errorFor(errors, 'bulk-team') }}
      />
    );
  if (action === 'update')
    return (
      <>
        <RichTextEditor
          id="bulk-update"
          label="Update for each finding"
          value={value.text}
          onChange={(v) => set('text', v)}
          error={errorFor(errors, 'bulk-update')}
        />
        <VisibilityChoice
          name="bulk-update-visibility"
          value={value.visibility}
          onChange={(v) => set('visibility', v)}
        />
      </>
    );
  return (
    <>
      <SelectField
        id="bulk-status"
        label="New status"
        value={value.to}
        onChange={(v) => set('to', v as FindingStatus)}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="bulk-reason"
        label="Reason or final update"
        hint="Needed for some moves: completing asks for a final update, reopening for a reason. Findings that cannot make this move are reported and left as they are."
        rows={2}
        value={value.reason}
        onChange={(v) => set('reason', v)}
        error={errorFor(errors, 'bulk-reason')}
      />
      <VisibilityChoice
        name="bulk-status-visibility"
        legend="Who can see the reason or final update?"
        value={value.visibility}
        onChange={(v) => set('visibility', v)}
      />
    </>
  );
}
