import { FINDING_KIND_LABELS, FindingKind, type Finding, type ImportDecision } from '@irr/domain';
import { useState } from 'react';
import { ActionButton } from '../form/ActionButton';

/** A finding's kind and, for a recommendation, the cause of concern it sits under. */
export function FindingDecisionForm({
  finding,
  causes,
  busy,
  onDecide,
}: {
  finding: Finding;
  causes: readonly Finding[];
  busy: boolean;
  onDecide: (decision: ImportDecision) => void;
}) {
  const [kind, setKind] = useState<FindingKind>(finding.kind);
  const [cause, setCause] = useState(finding.causeOfConcernRef ?? '');
  const id = `finding-${finding.ref}`;
  const others = causes.filter((c) => c.ref !== finding.ref);
  const changed = kind !== finding.kind || (cause || null) !== finding.causeOfConcernRef;
  return (
    <form
      className="finding-decision"
      onSubmit={(e) => {
        e.preventDefault();
        onDecide({
          kind: 'finding',
          ref: finding.ref,
          findingKind: kind,
          causeOfConcernRef: kind === 'recommendation' ? cause || null : null,
        });
      }}
    >
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor={`${id}-kind`}>
            Kind of {finding.ref}
          </label>
          <select
            id={`${id}-kind`}
            className="select"
            value={kind}
            onChange={(e) => setKind(e.target.value as FindingKind)}
          >
            {FindingKind.options.map((k) => (
              <option key={k} value={k}>
                {FINDING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {kind === 'recommendation' && (
          <div className="field">
            <label className="label" htmlFor={`${id}-cause`}>
              Under cause of concern
            </label>
            <select
              id={`${id}-cause`}
              className="select"
              value={cause}
              onChange={(e) => setCause(e.target.value)}
            >
              <option value="">None</option>
              {others.map((c) => (
                <option key={c.ref} value={c.ref}>
                  {c.ref}
                  {c.title ? `: ${c.title}` : ''}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ActionButton
        id={`${id}-change`}
        secondary
        busy={busy}
        why={changed ? null : 'Choose another kind or cause of concern to change it.'}
      >
        Change {finding.ref}
      </ActionButton>
    </form>
  );
}
