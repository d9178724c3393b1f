import { useMutation } from '@tanstack/react-query';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import { useTRPC, type StaffFinding } from '../../lib/trpc';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ErrorMessage } from '../Errors';
import { OwnerFields } from '../OwnerFields';

/** Who owns the finding: a person and a team. Shows the stored owner until either is changed. */
export function FindingOwnerForm({
  recordId,
  organisationId,
  staff,
  ownChange,
  onSaved,
}: {
  recordId: string;
  organisationId: string;
  staff: StaffFinding;
  ownChange: OwnChange | null;
  onSaved: OnFindingSaved;
}) {
  const trpc = useTRPC();
  const d = useFindingDraft({
    recordId,
    staff,
    server: { owner: staff.owner?.id ?? '', team: staff.ownerTeam ?? '' },
    ownChange,
  });
  const save = useMutation(
    trpc.findings.setOwner.mutationOptions({
      onError: d.onError,
      onSuccess: (r, vars) => {
        onSaved(vars.rowVersion)(r);
        d.reset();
      },
    }),
  );
  return (
    <form
      className="panel panel--inline"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          findingId: staff.id,
          rowVersion: d.rowVersion,
          ownerUserId: d.value.owner || null,
          team: d.value.team.trim() || null,
        });
      }}
    >
      {save.error && <ErrorMessage error={save.error} title="The owner was not saved" />}
      <OwnerFields
        idPrefix="finding"
        organisationId={organisationId}
        ownerUserId={d.value.owner}
        team={d.value.team}
        onOwnerChange={(v) => d.set('owner', v)}
        onTeamChange={(v) => d.set('team', v)}
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={!d.dirty || save.isPending || d.conflict}
      >
        Save owner
      </button>
    </form>
  );
}
