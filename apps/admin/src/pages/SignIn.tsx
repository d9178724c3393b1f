import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { safeNext } from '../lib/safe-next';
import { useMe } from '../lib/session';
import { errorInfo, useTRPC } from '../lib/trpc';

export default function SignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, isLoading } = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        await navigate(safeNext(params.get('next')), { replace: true });
      },
    }),
  );
  if (isLoading) return <Loading />;
  if (me && !signIn.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;
  const error = signIn.error ? errorInfo(signIn.error) : null;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="site-header__title">Inspection Response Register</span>
        </div>
      </header>
      <main id="main" className="main main--narrow" tabIndex={-1}>
        <PageHeading title="Sign in" />
        <p>
          Staff of police and crime commissioners&apos; offices and forces sign in here. The public
          register is at <a href="/">the portal</a>.
        </p>
        {error && (
          <div className="error-summary" role="alert">
            <h2 className="error-summary__title">You could not be signed in</h2>
            <p>{error.message}</p>
          </div>
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            signIn.mutate({ email: email.trim(), password });
          }}
        >
          <div className="field">
            <label className="label" htmlFor="email">
              Email address
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              className="input"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="password">
              Password
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              className="input"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </div>
          <button type="submit" className="button" disabled={signIn.isPending}>
            Sign in
          </button>
        </form>
      </main>
    </>
  );
}
