import { useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from './trpc';

type Imports = ReturnType<typeof useTRPCClient>['imports'];

/** A pending import in a batch or the review queue, as the `imports` router gives it. */
export type PendingImportSummary = Awaited<ReturnType<Imports['mine']['query']>>['items'][number];
/** A pending import with its source, decisions and the reviewed draft. */
export type PendingImportView = Awaited<ReturnType<Imports['get']['query']>>;
export type Meeting = NonNullable<PendingImportSummary['meeting']>;
export type MeetingReport = Meeting['report'];
export type SourceLine = PendingImportView['source'][number];
export type UnplacedBlock = PendingImportView['reviewed']['unplaced'][number];
export type ConfirmAction = Parameters<Imports['confirm']['mutate']>[0]['action'];

export function useImports(): Imports {
  return useTRPCClient().imports;
}

/** Query keys of the import review's reads, so a write can refresh exactly them. */
export const importKeys = {
  all: ['imports'] as const,
  mine: ['imports', 'mine'] as const,
  batch: (batchId: string) => ['imports', 'batch', batchId] as const,
  one: (id: string) => ['imports', 'get', id] as const,
};

/**
 * After an import is saved: the pending imports, and every cached read of records, since a record seen
 * before (the one an import replaced or versioned) now says something else.
 */
export function useRefreshAfterImport(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: importKeys.all }),
      queryClient.invalidateQueries(trpc.records.pathFilter()),
      queryClient.invalidateQueries(trpc.dashboard.pathFilter()),
      queryClient.invalidateQueries(trpc.findings.pathFilter()),
      queryClient.invalidateQueries(trpc.versions.pathFilter()),
    ]);
  };
}
