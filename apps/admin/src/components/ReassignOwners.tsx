import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorFor } from '../lib/form-errors';
import { useFormFeedback } from '../lib/form-feedback';
import { useTRPC } from '../lib/trpc';
import { ActionButton } from './form/ActionButton';
import { ErrorSummary, type FormError } from './form/ErrorSummary';
import { SelectField } from './form/SelectField';
import { SuccessBanner } from './form/SuccessBanner';

/**
 * Someone leaves or changes job: every open finding they own in the organisation passes to another
 * member at once (approvers and admins). `from` is who may be chosen as the present owner: for an
 * admin every member, disabled ones included; otherwise those who may own findings.
 */
export function ReassignOwners({
  organisationId,
  from,
}: {
  organisationId: string;
  from?: readonly { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = useFormFeedback();
  const assignable = useQuery(trpc.users.assignable.queryOptions({ organisationId }));
  const [fromUserId, setFrom] = useState('');
  const [toUserId, setTo] = useState('');
  const fromId = `reassign-from-${organisationId}`;
  const toId = `reassign-to-${organisationId}`;
  const people = from ?? assignable.data ?? [];
  const nameOf = (id: string) =>
    [...people, ...(assignable.data ?? [])].find((p) => p.id === id)?.name ?? 'them';
  const reassign = useMutation(
    trpc.findings.reassignOwner.mutationOptions({
      onSuccess: (r, vars) => {
        void queryClient.invalidateQueries(trpc.records.pathFilter());
        void queryClient.invalidateQueries(trpc.dashboard.pathFilter());
        const n = r.findings.length;
        f.confirm(
          `${n === 1 ? '1 finding' : `${n} findings`} of ${nameOf(vars.fromUserId)} reassigned to ${nameOf(vars.toUserId)}.`,
        );
      },
    }),
  );
  const errors = f.errors(reassign.error, {
    fromUserId: { id: fromId, name: 'whose findings to reassign' },
    toUserId: { id: toId, name: 'who takes them on' },
  });
  return (
    <form
      className="panel"
      aria-labelledby={`reassign-title-${organisationId}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found: FormError[] = [];
        if (!fromUserId)
          found.push({ field: fromId, message: 'Choose whose findings to reassign' });
        if (!toUserId) found.push({ field: toId, message: 'Choose who takes the findings on' });
        if (f.check(found)) reassign.mutate({ organisationId, fromUserId, toUserId });
      }}
    >
      <h2 id={`reassign-title-${organisationId}`}>Reassign findings</h2>
      <p>
        Every open finding owned by one person passes to another. Closed, superseded and no longer
        applicable findings keep the owner they had.
      </p>
      <SuccessBanner message={f.saved} />
      <ErrorSummary errors={errors} title="The findings were not reassigned" />
      <SelectField
        id={fromId}
        label="Reassign all findings owned by"
        value={fromUserId}
        onChange={(v) => {
          setFrom(v);
          f.edited();
        }}
        error={errorFor(errors, fromId)}
      >
        <option value="">Choose someone</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={toId}
        label="To"
        value={toUserId}
        onChange={(v) => {
          setTo(v);
          f.edited();
        }}
        error={errorFor(errors, toId)}
      >
        <option value="">Choose someone</option>
        {assignable.data
          ?.filter((p) => p.id !== fromUserId)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
      </SelectField>
      <ActionButton
        id={`reassign-${organisationId}`}
        secondary
        busy={reassign.isPending}
        why={null}
      >
        Reassign {fromUserId ? `${nameOf(fromUserId)}’s` : ''} findings
      </ActionButton>
    </form>
  );
}
