import { Link } from 'wouter';
import { PageHeading } from '../components/PageHeading';

export default function NotFound() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>There is nothing at this address. It may have moved, or the link may be wrong.</p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </>
  );
}
