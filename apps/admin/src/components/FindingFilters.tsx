import { FindingKind, FindingStatus } from '@irr/domain';
import { KIND_LABEL, STATUS_LABEL } from '../lib/format';

/** The record page's filters of its findings by kind and status, and the CSV of those shown. */
export function FindingFilters({
  kind,
  status,
  onKind,
  onStatus,
  shownCount,
  onDownload,
}: {
  kind: string;
  status: string;
  onKind: (kind: string) => void;
  onStatus: (status: string) => void;
  shownCount: number;
  onDownload: () => void;
}) {
  return (
    <div className="filters">
      <div className="field">
        <label className="label" htmlFor="kind-filter">
          Kind
        </label>
        <select
          id="kind-filter"
          className="select"
          value={kind}
          onChange={(e) => onKind(e.target.value)}
        >
          <option value="">All kinds</option>
          {FindingKind.options.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="status-filter">
          Status
        </label>
        <select
          id="status-filter"
          className="select"
          value={status}
          onChange={(e) => onStatus(e.target.value)}
        >
          <option value="">All statuses</option>
          {FindingStatus.options.map((k) => (
            <option key={k} value={k}>
              {STATUS_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button--secondary" onClick={onDownload}>
        Download these {shownCount} findings as CSV
      </button>
    </div>
  );
}
