import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatInstant } from '../../lib/format';
import { importKeys, useImports } from '../../lib/imports';
import { importState } from '../../lib/import-status';
import { ErrorMessage, Loading } from '../Errors';

/** The user's imports still waiting for a look: each links to its review. */
export function ReviewQueue() {
  const imports = useImports();
  const mine = useQuery({ queryKey: importKeys.mine, queryFn: () => imports.mine.query({}) });
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">Waiting for your review</h2>
      {mine.isPending ? (
        <Loading what="Loading your imports" />
      ) : mine.error ? (
        <ErrorMessage error={mine.error} title="Your imports could not be loaded" />
      ) : mine.data.items.length === 0 ? (
        <p>You have no imports waiting.</p>
      ) : (
        <ul className="import-lines">
          {mine.data.items.map((item) => {
            const state = importState(item);
            return (
              <li key={item.id}>
                <Link to={`/import/review/${item.id}`}>{item.reportTitle ?? item.fileName}</Link>{' '}
                <span className="hint">
                  {item.fileName}
                  {item.organisation && <>, {item.organisation}</>}
                </span>
                <br />
                <span className={state.attention ? 'warning-text' : undefined}>{state.text}</span>
                <span className="hint"> · kept until {formatInstant(item.expiresAt)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
