import { isConflict, type StaffFinding, type StaffRecord } from './trpc';
import { useVersionedDraft, type OwnChange } from './use-versioned-draft';

/**
 * A form of the finding page (status, owner, target date, HMICFRS status, closure) as a versioned
 * draft of the finding. Its forms say "someone else changed this finding first: check and try
 * again", so on CONFLICT their newer version is loaded underneath at once: the user sees it, keeps
 * what they typed, and the next save is theirs on purpose. Until their version is in (`conflict` is true),
 * the forms' saves are disabled: a save then would be refused again. `ownChange` is a save of another form on
 * the page, which the draft follows.
 */
export function useFindingDraft<F extends object>({
  recordId,
  staff,
  server,
  ownChange,
}: {
  recordId: string;
  staff: StaffFinding;
  server: F;
  ownChange: OwnChange | null;
}) {
  const d = useVersionedDraft<F>({ server, rowVersion: staff.rowVersion, recordId, ownChange });
  return {
    ...d,
    onError: (error: unknown) => {
      d.onError(error);
      if (isConflict(error))
        void d.loadTheirs(
          (fresh: StaffRecord) =>
            fresh.findings.find((f) => f.id === staff.id)?.rowVersion ?? staff.rowVersion,
        );
    },
  };
}

/** What a finding page form does with its saved record: `from` is the version it was saved from. */
export type OnFindingSaved = (from: number) => (record: StaffRecord) => void;
