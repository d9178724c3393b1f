import { useQueryClient } from '@tanstack/react-query';
import { isConflict, useTRPC, type StaffRecord } from './trpc';

/** Every record mutation returns the whole record: put it straight into the cache. */
export function useStoreRecord(): (record: StaffRecord) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (record) => {
    queryClient.setQueryData(trpc.records.get.queryKey({ recordId: record.id }), record);
    void queryClient.invalidateQueries(trpc.records.list.pathFilter());
    void queryClient.invalidateQueries(trpc.dashboard.pathFilter());
    void queryClient.invalidateQueries(trpc.findings.history.pathFilter());
    void queryClient.invalidateQueries(trpc.versions.pathFilter());
  };
}

/** On CONFLICT, load the newer record, so the next try starts from what is really there. */
export function useRefetchOnConflict(recordId: string): (error: unknown) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (error) => {
    if (isConflict(error))
      void queryClient.invalidateQueries({ queryKey: trpc.records.get.queryKey({ recordId }) });
  };
}
