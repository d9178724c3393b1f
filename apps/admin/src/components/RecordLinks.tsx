import { renderRecord } from '@irr/domain';
import { Link } from 'wouter';
import { download } from '../lib/export';
import type { StaffRecord } from '../lib/trpc';

/** The file name a download of this version starts with. */
export const recordSlug = (record: StaffRecord) =>
  `${record.organisation.slug}-${record.report.slug}-v${record.draftVersion}`;

/** Versions, the printable page and the downloads of the record. */
export function RecordLinks({ record }: { record: StaffRecord }) {
  const slug = recordSlug(record);
  return (
    <ul className="inline-links" aria-label="About this record">
      <li>
        <Link to={`/records/${record.id}/versions`}>Version history and differences</Link>
      </li>
      <li>
        <Link to={`/records/${record.id}/print`}>Printable page</Link>
      </li>
      <li>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            download(`${slug}.txt`, 'text/plain;charset=utf-8', renderRecord(record.record))
          }
        >
          Download as record format
        </button>
      </li>
      <li>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            download(`${slug}.json`, 'application/json', JSON.stringify(record.record, null, 2))
          }
        >
          Download as JSON
        </button>
      </li>
    </ul>
  );
}
