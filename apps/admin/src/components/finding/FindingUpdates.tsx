import type { UpdateAuthor } from '@irr/domain';
import { formatDate, formatUpdateDate, STATUS_LABEL } from '../../lib/format';
import type { FindingHistory, StaffFinding } from '../../lib/trpc';
import { RichText } from '../RichText';
import { VisibilityTag } from '../VisibilityChoice';

export const AUTHOR_LABEL: Record<UpdateAuthor, string> = {
  force: 'Force',
  opcc: 'OPCC',
  hmicfrs: 'HMICFRS',
};

/** The finding's progress updates and status changes, as one timeline. */
export function FindingUpdates({
  staff,
  history,
}: {
  staff: StaffFinding;
  history: FindingHistory | undefined;
}) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Updates and status changes</h2>
      <ol className="timeline">
        {staff.updates.map((u) => (
          <li key={u.id} className="timeline__item">
            <p className="timeline__meta">
              {formatUpdateDate(u.date, u.datePrecision)} · {AUTHOR_LABEL[u.author]} update ·{' '}
              <VisibilityTag visibility={u.visibility} />
            </p>
            <RichText html={u.text} />
          </li>
        ))}
        {history?.statusChanges.map((c, i) => (
          <li key={`s${i}`} className="timeline__item timeline__item--status">
            <p className="timeline__meta">
              {formatDate(c.on)} · status {STATUS_LABEL[c.from]} → {STATUS_LABEL[c.to]}
              {c.by && <> by {c.by}</>}
            </p>
            {c.reason && (
              <p>
                Reason <VisibilityTag visibility={c.reasonVisibility} />: {c.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
      {staff.updates.length === 0 && !history?.statusChanges.length && <p>No updates yet.</p>}
    </section>
  );
}
