import { slippageDays, type Finding, type InspectorateStatus } from '@irr/domain';
import { Link } from 'wouter';
import { formatDate, STATUS_LABEL } from '../../lib/format';
import { ownerText } from '../../lib/owner';
import type { StaffFinding, StaffRecord } from '../../lib/trpc';

/** Where the finding stands: status, HMICFRS's status, owner, dates, slippage. */
export function FindingFacts({
  record,
  staff,
  finding,
}: {
  record: StaffRecord;
  staff: StaffFinding;
  finding: Finding;
}) {
  const superseded = finding.supersedes
    ? record.findings.find((f) => f.ref === finding.supersedes || f.id === finding.supersedes)
    : undefined;
  const slippage = slippageDays(staff);
  return (
    <dl className="summary-list">
      <div>
        <dt>Status</dt>
        <dd>
          <span className={`tag tag--${staff.status}`}>{STATUS_LABEL[staff.status]}</span>
        </dd>
      </div>
      <div>
        <dt>HMICFRS status</dt>
        <dd>
          <InspectorateStatusText status={staff.inspectorateStatus} />
        </dd>
      </div>
      <div>
        <dt>Owner</dt>
        <dd>{ownerText(staff) ?? 'nobody yet'}</dd>
      </div>
      <div>
        <dt>Target date</dt>
        <dd>
          {staff.targetDate ? formatDate(staff.targetDate) : 'not set'}
          {staff.originalTargetDate && staff.originalTargetDate !== staff.targetDate && (
            <> (originally {formatDate(staff.originalTargetDate)})</>
          )}
        </dd>
      </div>
      {finding.deadlinePhrase && (
        <div>
          <dt>Report&apos;s deadline</dt>
          <dd>{finding.deadlinePhrase}</dd>
        </div>
      )}
      {finding.supersedes && (
        <div>
          <dt>Continues or replaces</dt>
          <dd>
            {superseded ? (
              <Link to={`/records/${record.id}/findings/${superseded.id}`}>
                {finding.supersedes}
              </Link>
            ) : (
              finding.supersedes
            )}
          </dd>
        </div>
      )}
      {slippage !== 0 && (
        <div>
          <dt>Slippage</dt>
          <dd className={slippage > 0 ? 'late' : undefined}>
            {slippage > 0
              ? `${slippage} days later than first planned`
              : `${-slippage} days earlier than first planned`}
          </dd>
        </div>
      )}
      {staff.causeStatus && (
        <div>
          <dt>Cause of concern</dt>
          <dd>{staff.causeStatus === 'closed' ? 'Closed by HMICFRS' : 'Open'}</dd>
        </div>
      )}
    </dl>
  );
}

function InspectorateStatusText({ status }: { status: InspectorateStatus | null }) {
  if (!status) return <>not recorded</>;
  return (
    <>
      {status.status}, given on {formatDate(status.on)}
      {status.source && (
        <>
          {' '}
          (<a href={status.source}>HMICFRS source</a>)
        </>
      )}
    </>
  );
}
