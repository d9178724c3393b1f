import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { Redirect, useLocation } from 'wouter';
import { useSearch } from 'wouter/use-browser-location';
import { label } from '../lib/format';
import { NavLink } from '../lib/router';
import { mayAnywhere, useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const ROLE_LABEL = { viewer: 'Viewer', editor: 'Editor', approver: 'Approver', admin: 'Admin' };

/** While a page's code loads: main says it is busy. */
function LoadingPage() {
  useEffect(() => {
    const main = document.getElementById('main');
    main?.setAttribute('aria-busy', 'true');
    return () => main?.removeAttribute('aria-busy');
  }, []);
  return <p className="loading">Loading…</p>;
}

/** The frame of every signed-in page: skip link, header with who you are, navigation, main. */
export function Layout({ children }: { children: ReactNode }) {
  const { me, isLoading } = useMe();
  const [path] = useLocation();
  const search = useSearch();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The unread count in the navigation, looked at again every minute while the app is open.
  const notifications = useQuery({
    ...trpc.notifications.mine.queryOptions(),
    enabled: !!me,
    refetchInterval: 60_000,
  });
  const unread = notifications.data?.unread ?? 0;
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        window.location.assign('/admin/sign-in');
      },
    }),
  );

  if (isLoading) return <p className="loading">Loading…</p>;
  if (!me) return <Redirect to={`/sign-in?next=${encodeURIComponent(path + search)}`} replace />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="site-header__title">Inspection Response Register</span>
          <div className="site-header__user">
            <span>{me.displayName}</span>
            <ul className="memberships" aria-label="Your organisations and roles">
              {me.memberships.map((m) => (
                <li key={m.organisationId}>
                  {m.organisationName}: {label(ROLE_LABEL, m.role)}
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              Sign out
            </button>
          </div>
        </div>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                Dashboard
              </NavLink>
            </li>
            <li>
              <NavLink to="/records">Records</NavLink>
            </li>
            <li>
              <NavLink to="/findings">Findings</NavLink>
            </li>
            {mayAnywhere(me, 'editor') && (
              <li>
                <NavLink to="/import">Import</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/audit">Audit log</NavLink>
            </li>
            <li>
              <NavLink to="/notifications">
                Notifications
                {unread > 0 && <span className="count-badge"> ({unread} unread)</span>}
              </NavLink>
            </li>
            {/* Approvers come here to reassign findings; only admins manage the people. */}
            {mayAnywhere(me, 'approver') && (
              <li>
                <NavLink to="/users">Users</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<LoadingPage />}>{children}</Suspense>
      </main>
    </>
  );
}
