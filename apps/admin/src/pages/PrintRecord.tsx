import { GRADE_VALUE_LABELS, richTextToPlainText } from '@irr/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { gradeScope } from '../components/GradesTable';
import { RichText } from '../components/RichText';
import { ACCEPTANCE_LABEL, formatUpdateDate, KIND_LABEL, label, STATUS_LABEL } from '../lib/format';
import { useTRPC } from '../lib/trpc';

/** The record as the published document reads, for printing or saving as PDF (print styles hide the app's chrome). */
export default function PrintRecord() {
  const { recordId = '' } = useParams();
  const trpc = useTRPC();
  const q = useQuery(trpc.records.get.queryOptions({ recordId }));
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorMessage error={q.error} />;
  const { record: r } = q.data;
  return (
    <article className="print">
      <p className="no-print">
        <Link to={`/records/${recordId}`}>Back to the record</Link> ·{' '}
        <button type="button" className="link-button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <PageHeading title={`PCC and CC Force Inspection response record: ${r.report.title}`} />
      <p>
        {STATUS_LABEL[r.status]}
        {r.version ? `, version ${r.version}` : ''}
      </p>
      <dl className="summary-list">
        <div>
          <dt>Force</dt>
          <dd>{r.organisation.name}</dd>
        </div>
        <div>
          <dt>Police and Crime Commissioner</dt>
          <dd>{r.commissioner.name}</dd>
        </div>
        <div>
          <dt>Chief Constable</dt>
          <dd>
            {r.chiefOfficer.title} {r.chiefOfficer.name}
          </dd>
        </div>
        <div>
          <dt>Title of inspection</dt>
          <dd>{r.report.title}</dd>
        </div>
        {r.documentVersion && (
          <div>
            <dt>Document version</dt>
            <dd>{r.documentVersion}</dd>
          </div>
        )}
        <div>
          <dt>Inspectorate</dt>
          <dd>{richTextToPlainText(r.report.inspectorate)}</dd>
        </div>
      </dl>
      <h2>Summary of inspection</h2>
      <RichText html={r.summary} />
      <h2>Grades</h2>
      {r.grades.length ? (
        <ul>
          {r.grades.map((g, i) => (
            <li key={i}>
              {gradeScope(g)}: {GRADE_VALUE_LABELS[g.value]}
            </li>
          ))}
        </ul>
      ) : (
        <p>None recorded.</p>
      )}
      <h2>Findings</h2>
      {r.findings.map((f) => (
        <section key={f.ref} className="print__finding" aria-label={`${f.ref}`}>
          <h3>
            {KIND_LABEL[f.kind]} {f.reference ?? f.ref}
            {f.title && <>: {f.title}</>}
            {f.group.area && <> · {[f.group.pillar, f.group.area].filter(Boolean).join(' — ')}</>}
          </h3>
          <RichText html={f.text} />
          {f.acceptance && (
            <>
              <p>
                <strong>Response: {label(ACCEPTANCE_LABEL, f.acceptance.position)}</strong>
              </p>
              <RichText html={f.acceptance.explanation} />
            </>
          )}
          {f.updates
            .filter((u) => u.visibility === 'public')
            .map((u, i) => (
              <div key={i}>
                <p>
                  <strong>
                    Force update{u.date ? ` (${formatUpdateDate(u.date, u.datePrecision)})` : ''}
                  </strong>
                </p>
                <RichText html={u.text} />
              </div>
            ))}
        </section>
      ))}
      <h2>Commissioner&apos;s comments</h2>
      <RichText html={r.commissionerComments} />
      <h2>Chief officer&apos;s comments</h2>
      <RichText html={r.chiefOfficerComments} />
    </article>
  );
}
