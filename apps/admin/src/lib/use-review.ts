import type { ImportDecision } from '@irr/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { importKeys, useImports, type PendingImportView } from './imports';
import { isConflict } from './trpc';

type Change = (current: readonly ImportDecision[]) => ImportDecision[];

/**
 * A pending import and the way to change its decisions: each change sends the whole list with the row
 * version it was made from, so a change made in another tab is never overwritten (CONFLICT instead).
 */
export function useReview(id: string) {
  const imports = useImports();
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: importKeys.one(id), queryFn: () => imports.get.query({ id }) });
  // The change refused by a conflict, kept so it can be made again on the latest decisions.
  const [conflicted, setConflicted] = useState<Change | null>(null);
  const lastChange = useRef<Change | null>(null);

  const show = async (next: PendingImportView) => {
    queryClient.setQueryData(importKeys.one(id), next);
    await queryClient.invalidateQueries({ queryKey: importKeys.mine });
    await queryClient.invalidateQueries({ queryKey: importKeys.batch(next.batchId) });
  };

  const decide = useMutation({
    mutationFn: ({ from, change }: { from: PendingImportView; change: Change }) => {
      lastChange.current = change;
      return imports.decide.mutate({
        id,
        rowVersion: from.rowVersion,
        decisions: change(from.decisions),
      });
    },
    onSuccess: async (next) => {
      setConflicted(null);
      await show(next);
    },
    onError: (error) => {
      if (isConflict(error)) setConflicted(() => lastChange.current);
    },
  });

  const change = (fn: Change) => {
    if (view.data) decide.mutate({ from: view.data, change: fn });
  };

  /** Loads what was saved elsewhere, then makes the refused change again on it (or drops it). */
  const resolveConflict = async (reapply: boolean) => {
    const fn = conflicted;
    setConflicted(null);
    decide.reset();
    const latest = await imports.get.query({ id });
    queryClient.setQueryData(importKeys.one(id), latest);
    if (reapply && fn) decide.mutate({ from: latest, change: fn });
  };

  return { view, decide, change, conflicted: conflicted !== null, resolveConflict };
}
