import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NOTIFICATION_KIND_LABELS } from '@irr/domain';
import { Link } from 'wouter';
import { DigestForm } from '../components/DigestForm';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { formatInstant } from '../lib/format';
import { mayAnywhere, useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

/** What the person was told (newest first, unread marked) and how often they get the digest by email. */
export default function Notifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const mine = useQuery(trpc.notifications.mine.queryOptions());
  const isAdmin = !!me && mayAnywhere(me, 'admin');
  const outbox = useQuery({ ...trpc.notifications.outbox.queryOptions(), enabled: isAdmin });
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.mine.queryFilter());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  if (mine.isLoading) return <Loading />;
  if (!mine.data) return <ErrorMessage error={mine.error} />;
  const { items, unread, digest } = mine.data;
  return (
    <>
      <PageHeading title="Notifications" />
      <ErrorMessage error={markRead.error} />
      <DigestForm digest={digest} />
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">
          What you were told <span className="hint">({unread} unread)</span>
        </h2>
        {unread > 0 && (
          <button
            type="button"
            className="button button--secondary"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({ ids: null })}
          >
            Mark all as read
          </button>
        )}
        {items.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul className="notifications">
            {items.map((n) => (
              <li
                key={n.id}
                className={n.read ? 'notification' : 'notification notification--unread'}
              >
                <strong className="tag">
                  {n.read ? '' : 'Unread: '}
                  {NOTIFICATION_KIND_LABELS[n.kind]}
                </strong>{' '}
                <Link to={n.link} onClick={() => !n.read && markRead.mutate({ ids: [n.id] })}>
                  {n.line}
                </Link>{' '}
                <span className="hint">{formatInstant(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isAdmin && (
        <section aria-labelledby="outbox-heading">
          <h2 id="outbox-heading">Mail sent to your organisation&rsquo;s people</h2>
          <p className="hint">
            Newest first. Where no mail server is set, this is where the register&rsquo;s mail can
            be read.
          </p>
          <ErrorMessage error={outbox.error} />
          {outbox.data?.length === 0 && <p>No mail yet.</p>}
          {outbox.data?.map((m) => (
            <details key={m.id} className="outbox-mail">
              <summary>
                {formatInstant(m.sentAt)}: to {m.to}: {m.subject}
              </summary>
              <pre>{m.text}</pre>
            </details>
          ))}
        </section>
      )}
    </>
  );
}
