import { findingName, richTextToPlainText, type ImportDecision } from '@irr/domain';
import type { PendingImportView } from '../../lib/imports';
import { WordDiff } from './WordDiff';

/**
 * A national or thematic report's findings are stored once, at the report: an imported finding numbered
 * as one the report holds but worded differently is asked about, the register's wording shown with the
 * import's changes marked, until the user says whether it is the same finding or a different one.
 */
export function ReportFindingQuestions({
  view,
  busy,
  onDecide,
}: {
  view: PendingImportView;
  busy: boolean;
  onDecide: (decision: ImportDecision) => void;
}) {
  const questions = view.reportFindingQuestions;
  if (questions.length === 0 || view.status !== 'pending') return null;
  return (
    <section className="panel" aria-labelledby="report-findings-title">
      <h2 id="report-findings-title">Findings worded differently from the national report</h2>
      <p>
        This report’s findings are held once for every force that answers it. Say whether each
        finding below is the report’s finding of the same number, worded differently here, or a
        different one.
      </p>
      {questions.map((q) => {
        const name = findingName({ kind: q.kind, ref: q.ref, reference: q.number });
        return (
          <div key={q.ref} className="question" role="group" aria-labelledby={`rf-${q.ref}`}>
            <h3 id={`rf-${q.ref}`}>{name}</h3>
            <WordDiff
              before={richTextToPlainText(q.heldText)}
              after={richTextToPlainText(q.text)}
              caption="The register’s wording, with this import’s changes marked"
            />
            <div className="button-group">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => onDecide({ kind: 'report_finding', ref: q.ref, same: true })}
              >
                The same finding<span className="visually-hidden">{`: ${name}`}</span>
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => onDecide({ kind: 'report_finding', ref: q.ref, same: false })}
              >
                A different finding<span className="visually-hidden">{`: ${name}`}</span>
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
