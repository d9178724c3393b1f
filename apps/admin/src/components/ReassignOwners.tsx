import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../lib/trpc';
import { ErrorMessage } from './Errors';

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
  const assignable = useQuery(trpc.users.assignable.queryOptions({ organisationId }));
  const [fromUserId, setFrom] = useState('');
  const [toUserId, setTo] = useState('');
  const reassign = useMutation(
    trpc.findings.reassignOwner.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.records.pathFilter());
        void queryClient.invalidateQueries(trpc.dashboard.pathFilter());
      },
    }),
  );
  const people = from ?? assignable.data ?? [];
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'them';
  return (
    <form
      className="panel"
      aria-labelledby={`reassign-title-${organisationId}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (fromUserId && toUserId) reassign.mutate({ organisationId, fromUserId, toUserId });
      }}
    >
      <h2 id={`reassign-title-${organisationId}`}>Reassign findings</h2>
      <p>
        Every open finding owned by one person passes to another. Closed, superseded and no longer
        applicable findings keep the owner they had.
      </p>
      {reassign.error && (
        <ErrorMessage error={reassign.error} title="The findings were not reassigned" />
      )}
      {reassign.data && (
        <p role="status" className="notice">
          {reassign.data.findings.length === 1
            ? '1 finding'
            : `${reassign.data.findings.length} findings`}{' '}
          reassigned.
        </p>
      )}
      <div className="field">
        <label className="label" htmlFor={`reassign-from-${organisationId}`}>
          Reassign all findings owned by
        </label>
        <select
          id={`reassign-from-${organisationId}`}
          className="select"
          value={fromUserId}
          onChange={(e) => setFrom(e.target.value)}
        >
          <option value="">Choose someone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor={`reassign-to-${organisationId}`}>
          To
        </label>
        <select
          id={`reassign-to-${organisationId}`}
          className="select"
          value={toUserId}
          onChange={(e) => setTo(e.target.value)}
        >
          <option value="">Choose someone</option>
          {assignable.data
            ?.filter((p) => p.id !== fromUserId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </div>
      <button
        type="submit"
        className="button button--secondary"
        disabled={!fromUserId || !toUserId || reassign.isPending}
      >
        Reassign {fromUserId ? `${nameOf(fromUserId)}’s` : ''} findings
      </button>
    </form>
  );
}
