import { useQueryClient } from '@tanstack/react-query';
import { isConflict, useTRPC, type StaffRecord } from './trpc';

/** Every record mutation returns the whole record: put it straight into the cache. */
export function useStoreRecord(): (record: StaffRecord) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (record) => {
    const key = trpc.records.get.queryKey({ recordId: record.id });
    // Only records.get answers the report's details: keep them, and read them again, since a
    // move (publication) can change who may edit them.
    const reportDetails = record.reportDetails ?? queryClient.getQueryData(key)?.reportDetails;
    queryClient.setQueryData(key, { ...record, ...(reportDetails && { reportDetails }) });
    if (record.reportDetails === undefined) void queryClient.invalidateQueries({ queryKey: key });
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
