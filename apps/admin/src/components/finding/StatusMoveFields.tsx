import { errorFor } from '../../lib/form-errors';
import type { StatusMove } from '../../lib/status-move';
import type { FormError } from '../form/ErrorSummary';
import { FieldError } from '../form/FieldError';
import { TextField } from '../form/TextField';
import { RichTextEditor } from '../RichTextEditor';
import { VisibilityChoice } from '../VisibilityChoice';

/** What the chosen move needs (its guards): a reason, a final update, what supersedes it, why it is closed. */
export function StatusMoveFields({
  guards,
  value,
  set,
  errors,
}: {
  guards: readonly string[];
  value: StatusMove;
  set: <K extends keyof StatusMove>(key: K, v: StatusMove[K]) => void;
  errors: readonly FormError[];
}) {
  const basisError = errorFor(errors, 'basis-assured');
  return (
    <>
      {guards.includes('reason') && (
        <TextField
          id="status-reason"
          label="Reason"
          rows={3}
          value={value.reason}
          onChange={(v) => set('reason', v)}
          error={errorFor(errors, 'status-reason')}
        />
      )}
      {guards.includes('finalUpdate') && (
        <RichTextEditor
          id="final-update"
          label="Final update: what was done"
          value={value.finalUpdate}
          onChange={(v) => set('finalUpdate', v)}
          error={errorFor(errors, 'final-update')}
        />
      )}
      {guards.includes('supersededBy') && (
        <TextField
          id="superseded-by"
          label="Superseded by (the finding's reference or id)"
          value={value.supersededBy}
          onChange={(v) => set('supersededBy', v)}
          error={errorFor(errors, 'superseded-by')}
        />
      )}
      {guards.some((g) => g === 'reason' || g === 'finalUpdate' || g === 'supersededBy') && (
        <VisibilityChoice
          name="status-visibility"
          legend={
            guards.includes('finalUpdate')
              ? 'Who can see the final update?'
              : 'Who can see the reason?'
          }
          value={value.visibility}
          onChange={(v) => set('visibility', v)}
        />
      )}
      {guards.includes('closure') && (
        <div className={`field${basisError ? ' field--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={basisError ? 'basis-error' : undefined}>
            <legend>Why it is closed</legend>
            <FieldError id="basis" message={basisError} />
            <label className="radio">
              <input
                type="radio"
                id="basis-assured"
                name="basis"
                checked={value.basis === 'assured'}
                onChange={() => set('basis', 'assured')}
              />{' '}
              We are assured the work is done
            </label>
            <label className="radio">
              <input
                type="radio"
                name="basis"
                checked={value.basis === 'hmicfrs'}
                onChange={() => set('basis', 'hmicfrs')}
              />{' '}
              HMICFRS closed it
            </label>
          </fieldset>
        </div>
      )}
    </>
  );
}
