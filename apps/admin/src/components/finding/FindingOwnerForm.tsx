import { useMutation } from '@tanstack/react-query';
import { errorFor } from '../../lib/form-errors';
import { useFormFeedback } from '../../lib/form-feedback';
import { teamProblem } from '../../lib/owner';
import { useTRPC, type StaffFinding } from '../../lib/trpc';
import { useFindingDraft, type OnFindingSaved } from '../../lib/use-finding-draft';
import type { OwnChange } from '../../lib/use-versioned-draft';
import { ActionButton } from '../form/ActionButton';
import { ErrorSummary } from '../form/ErrorSummary';
import { SuccessBanner } from '../form/SuccessBanner';
import { OwnerFields } from '../OwnerFields';

const FIELDS = {
  ownerUserId: { id: 'finding-owner', name: 'the owner' },
  team: { id: 'finding-team', name: 'the team' },
};

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
  const f = useFormFeedback();
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
        f.confirm('The owner was saved.');
      },
    }),
  );
  const errors = f.errors(
    save.error,
    FIELDS,
    'Someone else changed this finding first: check its owner and try again',
  );
  return (
    <form
      className="panel panel--inline"
      aria-label="Owner"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const team = teamProblem(d.value.team);
        if (!f.check(team ? [{ field: 'finding-team', message: team }] : [])) return;
        save.mutate({
          findingId: staff.id,
          rowVersion: d.rowVersion,
          ownerUserId: d.value.owner || null,
          team: d.value.team.trim() || null,
        });
      }}
    >
      <SuccessBanner message={f.saved} />
      <ErrorSummary errors={errors} title="The owner was not saved" />
      <OwnerFields
        idPrefix="finding"
        organisationId={organisationId}
        ownerUserId={d.value.owner}
        team={d.value.team}
        onOwnerChange={(v) => {
          d.set('owner', v);
          f.edited();
        }}
        onTeamChange={(v) => {
          d.set('team', v);
          f.edited();
        }}
        errors={{
          owner: errorFor(errors, 'finding-owner'),
          team: errorFor(errors, 'finding-team'),
        }}
      />
      <ActionButton
        id="owner-save"
        secondary
        busy={save.isPending}
        why={
          d.conflict
            ? 'Loading their change first.'
            : !d.dirty
              ? 'Choose another owner or change the team to save.'
              : null
        }
      >
        Save owner
      </ActionButton>
    </form>
  );
}
