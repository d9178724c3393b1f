import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';
import { FieldError } from './form/FieldError';
import { TextField } from './form/TextField';

/**
 * A finding's owner, picked from the organisation's members who may own one (active editors and
 * above), and an optional team label beside them. `ownerUserId` '' is nobody. Errors show beside
 * each (ids `${idPrefix}-owner` and `${idPrefix}-team`).
 */
export function OwnerFields({
  idPrefix,
  organisationId,
  ownerUserId,
  team,
  onOwnerChange,
  onTeamChange,
  errors = {},
}: {
  idPrefix: string;
  organisationId: string;
  ownerUserId: string;
  team: string;
  onOwnerChange: (id: string) => void;
  onTeamChange: (team: string) => void;
  errors?: { owner?: string | undefined; team?: string | undefined };
}) {
  const trpc = useTRPC();
  const members = useQuery(trpc.users.assignable.queryOptions({ organisationId }));
  const ownerId = `${idPrefix}-owner`;
  return (
    <>
      <div className={`field${errors.owner ? ' field--error' : ''}`}>
        <label className="label" htmlFor={ownerId}>
          Owner
        </label>
        <FieldError id={ownerId} message={errors.owner} />
        <select
          id={ownerId}
          className="select"
          aria-describedby={errors.owner ? `${ownerId}-error` : undefined}
          aria-invalid={errors.owner ? true : undefined}
          value={ownerUserId}
          onChange={(e) => onOwnerChange(e.target.value)}
        >
          <option value="">Nobody</option>
          {members.data?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${idPrefix}-team`}
        label="Team (optional)"
        value={team}
        onChange={onTeamChange}
        error={errors.team}
      />
    </>
  );
}
