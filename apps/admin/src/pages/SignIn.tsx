import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Redirect, useLocation } from 'wouter';
import { useSearchParams } from '../lib/router';
import { Loading } from '../components/Errors';
import { ErrorSummary, type FormError } from '../components/form/ErrorSummary';
import { FieldError } from '../components/form/FieldError';
import { PageHeading } from '../components/PageHeading';
import { formErrorsOf } from '../lib/form-errors';
import { safeNext } from '../lib/safe-next';
import { useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const FIELDS = {
  email: { id: 'email', name: 'your email address' },
  password: { id: 'password', name: 'your password' },
};

/** What is wrong with the form before it is sent, in the GOV.UK pattern's words. */
function problems(email: string, password: string): FormError[] {
  const errors: FormError[] = [];
  if (!email.trim()) errors.push({ field: 'email', message: 'Enter your email address' });
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
    errors.push({
      field: 'email',
      message: 'Enter an email address in the correct format, like name@example.org',
    });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}

export default function SignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const { me, isLoading } = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<FormError[]>([]);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        navigate(safeNext(params.get('next')), { replace: true });
      },
    }),
  );
  if (isLoading) return <Loading />;
  if (me && !signIn.isPending) return <Redirect to={safeNext(params.get('next'))} replace />;
  const errors = checked.length > 0 ? checked : formErrorsOf(signIn.error, FIELDS);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

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
        <ErrorSummary errors={errors} title="You could not be signed in" />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = problems(email, password);
            setChecked(found);
            if (found.length === 0) signIn.mutate({ email: email.trim(), password });
          }}
        >
          <div className={`field${errorOf('email') ? ' field--error' : ''}`}>
            <label className="label" htmlFor="email">
              Email address
            </label>
            <FieldError id="email" message={errorOf('email')} />
            <input
              aria-describedby={errorOf('email') ? 'email-error' : undefined}
              aria-invalid={errorOf('email') ? true : undefined}
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
          <div className={`field${errorOf('password') ? ' field--error' : ''}`}>
            <label className="label" htmlFor="password">
              Password
            </label>
            <FieldError id="password" message={errorOf('password')} />
            <input
              aria-describedby={errorOf('password') ? 'password-error' : undefined}
              aria-invalid={errorOf('password') ? true : undefined}
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
