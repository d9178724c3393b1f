import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Something went wrong';
  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>Sorry, there is a problem</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </main>
  );
}
