import { useQueryClient } from '@tanstack/react-query';
import { useTRPC, type StaffRecord } from './trpc';

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
