import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { STATUS_LABEL, actionLabel, formatDate, formatInstant, label } from '../lib/format';
import { useTRPC, type StaffRecord } from '../lib/trpc';

type Change = {
  action: string;
  findingRef: string | null;
  after?: unknown;
};

/** One change in words: what was done, and to which finding. */
function describe(c: Change): string {
  const after = (c.after ?? {}) as { status?: string; visibility?: string; publishedOn?: string };
  const what =
    c.action === 'report.details_changed'
      ? after.publishedOn
        ? `set the report's publication date to ${formatDate(after.publishedOn)}`
        : "changed the report's details"
      : c.action === 'finding.update_added'
        ? `added ${after.visibility === 'public' ? 'a public' : 'an internal'} update`
        : c.action.startsWith('finding.') && after.status
          ? `changed the status to ${label(STATUS_LABEL, after.status).toLowerCase()}`
          : actionLabel(c.action).replace(/^./, (x) => x.toLowerCase());
  return c.findingRef ? `${what} (${c.findingRef})` : what;
}

/**
 * What changed since the record was submitted (updates and status changes go on during review):
 * the approver reads this before approving, since the publication will include it.
 */
export function ChangesSinceSubmission({ record }: { record: StaffRecord }) {
  const trpc = useTRPC();
  const waiting = record.status === 'in_review' || record.status === 'approved';
  const changes = useQuery({
    ...trpc.workflow.changesSinceSubmission.queryOptions({ recordId: record.id }),
    enabled: waiting,
  });
  // Each change of the record (a new row version) may have added to the list: ask again.
  const { refetch } = changes;
  useEffect(() => {
    if (waiting) void refetch();
  }, [record.rowVersion, waiting, refetch]);
  if (!waiting || !changes.data || changes.data.length === 0) return null;
  return (
    <div className="notice">
      <strong>Changes since submission</strong>
      <ul>
        {changes.data.map((c, i) => (
          <li key={i}>{`${formatInstant(c.at)}: ${c.by ?? 'someone'} ${describe(c)}`}</li>
        ))}
      </ul>
    </div>
  );
}
