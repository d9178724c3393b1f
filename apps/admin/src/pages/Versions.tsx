import type { ResponseRecord } from '@irr/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { diffRecords } from '../lib/diff';
import { formatInstant } from '../lib/format';
import { useTRPC } from '../lib/trpc';

const DRAFT = 'draft';

export default function Versions() {
  const { recordId = '' } = useParams();
  const trpc = useTRPC();
  const record = useQuery(trpc.records.get.queryOptions({ recordId }));
  const versions = useQuery(trpc.versions.list.queryOptions({ recordId }));
  const list = versions.data ?? [];
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  const fromV = from || (list.length ? String(list.at(-1)!.version) : '');
  const toV = to || DRAFT;
  const fetchVersion = (v: string) => ({
    ...trpc.versions.get.queryOptions({ recordId, version: Number(v) || 1 }),
    enabled: v !== DRAFT && v !== '',
  });
  const a = useQuery(fetchVersion(fromV));
  const b = useQuery(fetchVersion(toV));
  const recordOf = (v: string, q: typeof a): ResponseRecord | undefined =>
    v === DRAFT ? record.data?.record : q.data?.record;
  const before = recordOf(fromV, a);
  const after = recordOf(toV, b);
  const changes = before && after ? diffRecords(before, after) : null;
  const options = [
    ...list.map((v) => ({
      value: String(v.version),
      label: `Version ${v.version}${v.withdrawnAt ? ' (withdrawn)' : ''}`,
    })),
    { value: DRAFT, label: `Current ${record.data?.status === 'published' ? 'record' : 'draft'}` },
  ];

  if (record.isLoading || versions.isLoading) return <Loading what="Loading the history" />;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/records">Records</Link> ›{' '}
        <Link to={`/records/${recordId}`}>{record.data?.report.title ?? 'Record'}</Link>
      </p>
      <PageHeading title="Version history" />
      <ErrorMessage error={record.error ?? versions.error} />
      {list.length === 0 ? (
        <p>This record has not been published yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Published versions</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Withdrawn</th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>{formatInstant(v.publishedAt)}</td>
                <td>{v.publishedBy}</td>
                <td>
                  {v.withdrawnAt
                    ? `${formatInstant(v.withdrawnAt)}: ${v.withdrawalReason ?? ''}`
                    : 'No'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">Compare two versions</h2>
        <div className="filters">
          <div className="field">
            <label className="label" htmlFor="from">
              From
            </label>
            <select
              id="from"
              className="select"
              value={fromV}
              onChange={(e) => setFrom(e.target.value)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="to">
              To
            </label>
            <select id="to" className="select" value={toV} onChange={(e) => setTo(e.target.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ErrorMessage error={a.error ?? b.error} />
        {changes &&
          (changes.length === 0 ? (
            <p>No differences.</p>
          ) : (
            <>
              <p>
                {changes.length} {changes.length === 1 ? 'difference' : 'differences'}.{' '}
                <span className="diff-key">
                  Removed text is <del>struck through</del>; added text is <ins>underlined</ins>.
                </span>
              </p>
              <dl className="diff">
                {changes.map((c) => (
                  <div key={c.field} className="diff__item">
                    <dt>{c.field}</dt>
                    <dd>
                      {c.before !== undefined && c.after !== undefined ? (
                        <>
                          {c.before} → {c.after}
                        </>
                      ) : (
                        c.pieces.map((p, i) =>
                          p.kind === 'added' ? (
                            <ins key={i}>{p.text}</ins>
                          ) : p.kind === 'removed' ? (
                            <del key={i}>{p.text}</del>
                          ) : (
                            <span key={i}>{p.text}</span>
                          ),
                        )
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          ))}
      </section>
    </>
  );
}
