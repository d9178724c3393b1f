import { Link } from 'wouter';
import type { AuditRow } from '../lib/trpc';

/** What an audit event was about: a link to the finding (with its record) or the record, else its name. */
export function AuditSubject({ target }: { target: AuditRow['target'] }) {
  if (target.kind === 'finding' && target.recordId && target.findingId)
    return (
      <>
        <Link to={`/records/${target.recordId}/findings/${target.findingId}`}>{target.label}</Link>
        {target.recordLabel && (
          <>
            {' '}
            in <Link to={`/records/${target.recordId}`}>{target.recordLabel}</Link>
          </>
        )}
      </>
    );
  if (target.kind === 'record' && target.recordId)
    return <Link to={`/records/${target.recordId}`}>{target.label}</Link>;
  return <>{target.label}</>;
}
