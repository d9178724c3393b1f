import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';

/**
 * A finding's owner, picked from the organisation's members who may own one (active editors and
 * above), and an optional team label beside them. `ownerUserId` '' is nobody.
 */
export function OwnerFields({
  idPrefix,
  organisationId,
  ownerUserId,
  team,
  onOwnerChange,
  onTeamChange,
}: {
  idPrefix: string;
  organisationId: string;
  ownerUserId: string;
  team: string;
  onOwnerChange: (id: string) => void;
  onTeamChange: (team: string) => void;
}) {
  const trpc = useTRPC();
  const members = useQuery(trpc.users.assignable.queryOptions({ organisationId }));
  return (
    <>
      <div className="field">
        <label className="label" htmlFor={`${idPrefix}-owner`}>
          Owner
        </label>
        <select
          id={`${idPrefix}-owner`}
          className="select"
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
      <div className="field">
        <label className="label" htmlFor={`${idPrefix}-team`}>
          Team (optional)
        </label>
        <input
          id={`${idPrefix}-team`}
          className="input"
          value={team}
          onChange={(e) => onTeamChange(e.target.value)}
        />
      </div>
    </>
  );
}
