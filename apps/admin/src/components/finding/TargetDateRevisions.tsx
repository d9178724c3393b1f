import { formatDate } from '../../lib/format';
import type { FindingHistory } from '../../lib/trpc';
import { VisibilityTag } from '../VisibilityChoice';

/** Every change of the target date once set: when, from and to, why, and by whom. */
export function TargetDateRevisions({ history }: { history: FindingHistory | undefined }) {
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">Target date revisions</h2>
      {history?.targetDateRevisions.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Reason</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {history.targetDateRevisions.map((r, i) => (
              <tr key={i}>
                <td>{formatDate(r.on)}</td>
                <td>{formatDate(r.from)}</td>
                <td>{formatDate(r.to)}</td>
                <td>
                  {r.reason} <VisibilityTag visibility={r.reasonVisibility} />
                </td>
                <td>{r.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The target date has not been revised.</p>
      )}
    </section>
  );
}
