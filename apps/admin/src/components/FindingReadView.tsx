import type { Finding } from '@irr/domain';
import { ACCEPTANCE_LABEL, formatUpdateDate, label } from '../lib/format';
import type { StaffFinding } from '../lib/trpc';
import { RichText } from './RichText';

/** A finding on the record page while its editor is closed: its text, response and latest update. */
export function FindingReadView({ staff, finding }: { staff: StaffFinding; finding: Finding }) {
  const latest = staff.updates.at(-1);
  return (
    <>
      <RichText html={finding.text} />
      {finding.deadlinePhrase && <p className="hint">Deadline: {finding.deadlinePhrase}</p>}
      {finding.kind === 'recommendation' && (
        <div className="acceptance">
          <p>
            <strong>Response:</strong>{' '}
            {finding.acceptance ? (
              label(ACCEPTANCE_LABEL, finding.acceptance.position)
            ) : (
              <span className="warning-text">no acceptance recorded yet</span>
            )}
          </p>
          {finding.acceptance && <RichText html={finding.acceptance.explanation} />}
        </div>
      )}
      {latest && (
        <div className="latest-update">
          <p>
            <strong>Latest update</strong> {formatUpdateDate(latest.date, latest.datePrecision)} (
            {latest.visibility})
          </p>
          <RichText html={latest.text} />
        </div>
      )}
    </>
  );
}
