import { actionLabel, formatInstant } from '../../lib/format';
import type { FindingHistory } from '../../lib/trpc';

/** Who changed the finding, when, and how (in the domain's words). */
export function FindingChanges({ history }: { history: FindingHistory | undefined }) {
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">Changes to this finding</h2>
      {history?.changes.length ? (
        <ul className="activity">
          {history.changes.map((c, i) => (
            <li key={i}>
              <span className="activity__when">{formatInstant(c.at)}</span> {c.by ?? 'System'}:{' '}
              {actionLabel(c.action)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No changes recorded.</p>
      )}
    </section>
  );
}
