import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer } from 'react';
import { isConflict, useTRPC, type StaffRecord } from './trpc';

/**
 * An edit of one row (a record's own fields, a finding): the changed fields over what the server
 * holds, and the row version the edit started from. The version is pinned at the first change, not
 * taken from the latest background refetch, so a save over someone else's newer change is refused
 * with CONFLICT, and the user's text stays in the draft.
 */
export interface DraftState<F> {
  /** Only the fields the user changed; the rest show what the server holds now. */
  draft: Partial<F>;
  /** The row version at the first change; null while nothing is changed. */
  base: number | null;
  /** A save was refused because someone else saved first. */
  conflict: boolean;
}

export type DraftAction<F> =
  | { type: 'set'; key: keyof F; value: F[keyof F]; rowVersion: number }
  /** Saved, or the changes discarded: back to what the server holds. */
  | { type: 'reset' }
  | { type: 'conflict' }
  /** Their version goes underneath; ours stays in the draft, to be saved over theirs on purpose. */
  | { type: 'rebase'; rowVersion: number }
  /** Our own other change to the row (a reorder, a new finding) moved its version on: follow it. */
  | { type: 'follow'; from: number; to: number };

export function initialDraft<F>(): DraftState<F> {
  return { draft: {}, base: null, conflict: false };
}

export function draftReducer<F>(state: DraftState<F>, action: DraftAction<F>): DraftState<F> {
  switch (action.type) {
    case 'set':
      return {
        ...state,
        draft: { ...state.draft, [action.key]: action.value },
        base: state.base ?? action.rowVersion,
      };
    case 'reset':
      return initialDraft();
    case 'conflict':
      return state.conflict ? state : { ...state, conflict: true };
    case 'rebase':
      // With nothing typed there is nothing to pin: the next change pins the version it sees.
      return {
        ...state,
        base: Object.keys(state.draft).length > 0 ? action.rowVersion : null,
        conflict: false,
      };
    case 'follow':
      return state.base === action.from && action.from !== action.to
        ? { ...state, base: action.to }
        : state;
  }
}

/** What the form shows: the server's fields with the user's changes over them. */
export function draftValue<F extends object>(server: F, draft: Partial<F>): F {
  return { ...server, ...draft };
}

/** The row version a save sends: the pinned one, or the current one when nothing was changed. */
export function versionToSend(state: DraftState<unknown>, rowVersion: number): number {
  return state.base ?? rowVersion;
}

/** One of our own saves moved a row from one version to the next. */
export interface OwnChange {
  from: number;
  to: number;
}

/**
 * The one draft mechanism of the record page, the finding editor and the finding page.
 * `server` is what the row holds now and `rowVersion` its version; `recordId` is the record whose
 * `records.get` is read again on CONFLICT. `ownChange`, when given, is followed (see `follow`).
 */
export function useVersionedDraft<F extends object>({
  server,
  rowVersion,
  recordId,
  ownChange,
}: {
  server: F;
  rowVersion: number;
  recordId: string;
  ownChange?: OwnChange | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(draftReducer<F>, undefined, initialDraft<F>);

  const followOwnChange = useCallback(
    (from: number, to: number) => dispatch({ type: 'follow', from, to }),
    [],
  );
  useEffect(() => {
    if (ownChange) followOwnChange(ownChange.from, ownChange.to);
  }, [ownChange, followOwnChange]);

  const recordQuery = trpc.records.get.queryOptions({ recordId });
  return {
    draft: state.draft,
    value: draftValue(server, state.draft),
    dirty: Object.keys(state.draft).length > 0,
    conflict: state.conflict,
    /** The row version to send with the save. */
    rowVersion: versionToSend(state, rowVersion),
    set: <K extends keyof F>(key: K, value: F[K]) =>
      dispatch({ type: 'set', key, value, rowVersion }),
    /** After a save, or to discard the changes. */
    reset: () => dispatch({ type: 'reset' }),
    /** A save's error: on CONFLICT, marks the conflict and reads the newer record. */
    onError: (error: unknown) => {
      if (!isConflict(error)) return;
      dispatch({ type: 'conflict' });
      void queryClient.invalidateQueries({ queryKey: recordQuery.queryKey });
    },
    /** Loads their version underneath, keeping ours; `pick` finds the row's version in it. */
    loadTheirs: (pick: (fresh: StaffRecord) => number): Promise<void> =>
      queryClient
        .fetchQuery({ ...recordQuery, staleTime: 0 })
        .then((fresh) => dispatch({ type: 'rebase', rowVersion: pick(fresh) })),
    followOwnChange,
  };
}
