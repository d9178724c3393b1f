import {
  BLOCK_PLACEMENT_LABELS,
  FINDING_KIND_LABELS,
  REVIEW_HEADER_FIELD_LABELS,
  VISIBILITY_LABELS,
  type ImportDecision,
} from '@irr/domain';
import { formatDate } from '../../lib/format';

/** A decision as the user made it, in their words. */
function describeDecision(d: ImportDecision): string {
  switch (d.kind) {
    case 'place_block': {
      const as = BLOCK_PLACEMENT_LABELS[d.as];
      if (d.as === 'drop') return `Line ${d.line}: ${as} (${d.reason ?? 'no reason given'})`;
      if (d.as === 'update')
        return `Line ${d.line}: ${as} on ${d.findingRef}, ${d.updateDate ? formatDate(d.updateDate) : 'undated'}, ${d.visibility ? VISIBILITY_LABELS[d.visibility].toLowerCase() : 'visibility not chosen'}`;
      return `Line ${d.line}: ${as}${d.findingRef ? ` of ${d.findingRef}` : ''}`;
    }
    case 'finding':
      return `${d.ref}: ${d.findingKind ? FINDING_KIND_LABELS[d.findingKind] : 'kind unchanged'}${d.causeOfConcernRef ? `, under ${d.causeOfConcernRef}` : ''}`;
    case 'header':
      return `${REVIEW_HEADER_FIELD_LABELS[d.field]}: ${d.value || '(cleared)'}`;
    case 'report':
      return d.reportId ? 'The same inspection as a report held' : 'A different inspection';
    case 'report_finding':
      return `${d.ref}: ${d.same ? "the national report's finding of the same number, worded differently" : 'a different finding from the national report’s of the same number'}`;
  }
}

/** What the user has decided so far, each one undoable. */
export function DecisionList({
  decisions,
  busy,
  editable,
  onUndo,
}: {
  decisions: readonly ImportDecision[];
  busy: boolean;
  editable: boolean;
  onUndo: (decision: ImportDecision) => void;
}) {
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">Your decisions</h2>
      <ul className="decision-list">
        {decisions.map((d, i) => {
          const text = describeDecision(d);
          return (
            <li key={i}>
              {text}{' '}
              {editable && (
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() => onUndo(d)}
                >
                  Undo<span className="visually-hidden">: {text}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
