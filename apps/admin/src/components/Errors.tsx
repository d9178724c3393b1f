import { errorInfo } from '../lib/trpc';

/** A failed request, announced to screen readers; the message is the server's own. */
export function ErrorMessage({
  error,
  title = 'There is a problem',
}: {
  error: unknown;
  title?: string;
}) {
  if (!error) return null;
  const info = errorInfo(error);
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary__title">{title}</h2>
      <p>{info.message}</p>
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}
