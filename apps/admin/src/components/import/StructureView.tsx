import {
  FINDING_KIND_LABELS,
  formatDateToPrecision,
  isBlankRichText,
  type Finding,
  type ImportDecision,
  type ResponseRecord,
} from '@irr/domain';
import { RichText } from '../RichText';
import { VisibilityTag } from '../VisibilityChoice';
import { FindingDecisionForm } from './FindingDecisionForm';
import { lineAnchor } from './places';

/** What the reader made of the source: each finding with its kind, parent cause, text and updates. */
export function StructureView({
  record,
  findingLines,
  editable,
  busy,
  onDecide,
}: {
  record: ResponseRecord;
  findingLines: Record<string, number>;
  editable: boolean;
  busy: boolean;
  onDecide: (decision: ImportDecision) => void;
}) {
  const causes = record.findings.filter((f) => f.kind === 'cause_of_concern');
  return (
    <>
      <h3>Findings ({record.findings.length})</h3>
      {record.findings.length === 0 && <p>No findings were read.</p>}
      {record.findings.map((f) => (
        <article key={f.ref} className="finding" aria-labelledby={`structure-${f.ref}`}>
          <h4 id={`structure-${f.ref}`}>
            {f.ref}: {FINDING_KIND_LABELS[f.kind]}
            {f.reference && <span className="hint"> ({f.reference})</span>}
          </h4>
          <FindingFacts finding={f} line={findingLines[f.ref]} />
          <RichText html={f.text} />
          <Updates finding={f} />
          {editable && (
            <FindingDecisionForm
              key={`${f.ref}:${f.kind}:${f.causeOfConcernRef ?? ''}`}
              finding={f}
              causes={causes}
              busy={busy}
              onDecide={onDecide}
            />
          )}
        </article>
      ))}
      {!isBlankRichText(record.commissionerComments) && (
        <>
          <h3>Commissioner&rsquo;s comments</h3>
          <RichText html={record.commissionerComments} />
        </>
      )}
      {!isBlankRichText(record.chiefOfficerComments) && (
        <>
          <h3>Chief officer&rsquo;s comments</h3>
          <RichText html={record.chiefOfficerComments} />
        </>
      )}
    </>
  );
}

function FindingFacts({ finding, line }: { finding: Finding; line: number | undefined }) {
  return (
    <p className="hint">
      {finding.group.area && <>{finding.group.area}. </>}
      {finding.causeOfConcernRef && <>Under cause of concern {finding.causeOfConcernRef}. </>}
      {line !== undefined && <a href={`#${lineAnchor(line)}`}>From line {line}</a>}
    </p>
  );
}

function Updates({ finding }: { finding: Finding }) {
  if (finding.updates.length === 0) return <p className="hint">No updates.</p>;
  return (
    <ul className="timeline" aria-label={`Updates on ${finding.ref}`}>
      {finding.updates.map((u, i) => (
        <li key={i} className="timeline__item">
          <p className="timeline__meta">
            {u.date ? formatDateToPrecision(u.date, u.datePrecision) : 'Undated'} ·{' '}
            <VisibilityTag visibility={u.visibility} />
          </p>
          <RichText html={u.text} />
        </li>
      ))}
    </ul>
  );
}
