import { DIGEST_FREQUENCY_LABELS, DigestFrequency } from '@irr/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorFor } from '../lib/form-errors';
import { useFormFeedback } from '../lib/form-feedback';
import { useTRPC } from '../lib/trpc';
import { ActionButton } from './form/ActionButton';
import { ErrorSummary } from './form/ErrorSummary';
import { FieldError } from './form/FieldError';
import { SuccessBanner } from './form/SuccessBanner';

const FIELDS = { digest: { id: 'digest', name: 'how often to send the digest' } };

/** How often the person gets the digest by email: chosen, then saved with the button (GOV.UK). */
export function DigestForm({ digest }: { digest: DigestFrequency }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = useFormFeedback();
  const [choice, setChoice] = useState<DigestFrequency>(digest);
  const save = useMutation(
    trpc.notifications.setDigest.mutationOptions({
      onSuccess: (r) => {
        void queryClient.invalidateQueries(trpc.notifications.mine.queryFilter());
        f.confirm(`Saved: ${DIGEST_FREQUENCY_LABELS[r.digest].toLowerCase()}.`);
      },
    }),
  );
  const errors = f.errors(save.error, FIELDS);
  const error = errorFor(errors, 'digest');
  return (
    <form
      aria-labelledby="digest-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        f.check([]);
        save.mutate({ digest: choice });
      }}
    >
      <h2 id="digest-heading">Email digest</h2>
      <SuccessBanner message={f.saved} />
      <ErrorSummary errors={errors} title="Your choice was not saved" />
      <p>
        A summary by email of your findings due within 45 days, those overdue, and responses whose
        56-day limit is near. You are also emailed each time something needs you.
      </p>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="label" htmlFor="digest">
          Send me the digest
        </label>
        <FieldError id="digest" message={error} />
        <select
          id="digest"
          className="select"
          aria-describedby={error ? 'digest-error' : undefined}
          value={choice}
          onChange={(e) => {
            setChoice(DigestFrequency.parse(e.target.value));
            f.edited();
          }}
        >
          {DigestFrequency.options.map((d) => (
            <option key={d} value={d}>
              {DIGEST_FREQUENCY_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <ActionButton id="digest-save" busy={save.isPending} why={null}>
        Save
      </ActionButton>
    </form>
  );
}
