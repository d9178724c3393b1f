import { publicResponsePath } from '@irr/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { useTRPC } from '../lib/trpc';

/**
 * Where publishing ends: a confirmation panel and the public page of the version just published.
 * The portal is served from the same origin as this app (IRR_PUBLIC_ORIGIN, when set, is the
 * origin both are reached at), so its path is the whole link.
 */
export default function PublishedPage() {
  const { recordId = '' } = useParams();
  const trpc = useTRPC();
  const q = useQuery(trpc.records.get.queryOptions({ recordId }));
  if (q.isLoading) return <Loading what="Loading the record" />;
  const record = q.data;
  if (!record)
    return (
      <>
        <PageHeading title="Response published" />
        <ErrorMessage error={q.error} />
      </>
    );
  const version = record.latestPublishedVersion;
  if (record.status !== 'published' || version === null)
    return (
      <>
        <PageHeading title="This response is not published" />
        <p>
          <Link to={`/records/${record.id}`}>Back to the record</Link>
        </p>
      </>
    );
  const publicPath = publicResponsePath(record.organisation.slug, record.slug, version);
  return (
    <>
      <div className="confirmation-panel">
        <PageHeading title="Response published" />
        <p className="confirmation-panel__body">
          Version {version} of {record.organisation.name}&apos;s response to &ldquo;
          {record.report.title}&rdquo; is now on the public register
        </p>
      </div>
      <p>
        <a href={publicPath}>View the public page of version {version}</a>
      </p>
      <h2>What happens next</h2>
      <p>
        Section 55 of the Police Act 1996 asks for the published response to be sent to HMICFRS and
        the Home Secretary. Record the dates it was sent on the record page, under Statutory dates.
      </p>
      <ul className="inline-links" aria-label="Next steps">
        <li>
          <Link to={`/records/${record.id}`}>Back to the record</Link>
        </li>
        <li>
          <Link to="/records">All records</Link>
        </li>
      </ul>
    </>
  );
}
