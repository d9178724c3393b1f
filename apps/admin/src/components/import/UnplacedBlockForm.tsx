import {
  BLOCK_PLACEMENT_LABELS,
  BlockPlacement,
  FINDING_KIND_LABELS,
  VISIBILITY_LABELS,
  richTextToPlainText,
  type Finding,
  type ImportDecision,
  type Visibility,
} from '@irr/domain';
import { useState } from 'react';
import type { UnplacedBlock } from '../../lib/imports';
import { blockAnchor } from './places';

const MEANING: Record<Visibility, string> = {
  internal: 'staff only',
  public: 'shown on the portal once the response is published',
};

const excerpt = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** A finding as a picker names it: "R1 — Recommendation: The force should …". */
const findingOption = (f: Finding) =>
  `${f.ref} — ${FINDING_KIND_LABELS[f.kind]}: ${excerpt(richTextToPlainText(f.text))}`;

/**
 * Where a block of the source the reader could not place goes: into a finding's text, an update (its
 * date, and public or internal with no default), the comments, a heading, or left out with a reason.
 */
export function UnplacedBlockForm({
  block,
  findings,
  busy,
  onPlace,
}: {
  block: UnplacedBlock;
  findings: readonly Finding[];
  busy: boolean;
  onPlace: (decision: ImportDecision) => void;
}) {
  const id = blockAnchor(block.line);
  const [as, setAs] = useState<BlockPlacement | ''>('');
  const [findingRef, setFindingRef] = useState('');
  const [date, setDate] = useState('');
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const needsFinding = as === 'finding_text' || as === 'update';

  const submit = () => {
    if (as === '') return setProblem('Choose where this text goes');
    if (needsFinding && !findingRef) return setProblem('Choose the finding it belongs to');
    if (as === 'update' && !visibility)
      return setProblem('Choose whether this update is public or internal');
    if (as === 'drop' && !reason.trim()) return setProblem('Say why this text is left out');
    setProblem(null);
    onPlace({
      kind: 'place_block',
      line: block.line,
      as,
      ...(needsFinding ? { findingRef } : {}),
      ...(as === 'update' ? { updateDate: date || null, visibility: visibility! } : {}),
      ...(as === 'drop' ? { reason: reason.trim() } : {}),
    });
  };

  return (
    <form
      className="place-block"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="fieldset" id={id} tabIndex={-1}>
        <legend>Text at line {block.line} is not in the record</legend>
        <blockquote className="place-block__text">{block.text}</blockquote>
        <div className="field">
          <label className="label" htmlFor={`${id}-as`}>
            Place this text as
          </label>
          <select
            id={`${id}-as`}
            className="select"
            value={as}
            onChange={(e) => setAs(e.target.value as BlockPlacement | '')}
          >
            <option value="">Choose…</option>
            {BlockPlacement.options.map((p) => (
              <option key={p} value={p}>
                {BLOCK_PLACEMENT_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        {needsFinding && (
          <div className="field">
            <label className="label" htmlFor={`${id}-finding`}>
              Finding
            </label>
            <select
              id={`${id}-finding`}
              className="select"
              value={findingRef}
              onChange={(e) => setFindingRef(e.target.value)}
            >
              <option value="">Choose a finding…</option>
              {findings.map((f) => (
                <option key={f.ref} value={f.ref}>
                  {findingOption(f)}
                </option>
              ))}
            </select>
          </div>
        )}
        {as === 'update' && (
          <>
            <div className="field">
              <label className="label" htmlFor={`${id}-date`}>
                Date of the update
              </label>
              <span className="hint" id={`${id}-date-hint`}>
                Leave empty if the document gives none.
              </span>
              <input
                id={`${id}-date`}
                type="date"
                className="input input--date"
                aria-describedby={`${id}-date-hint`}
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            </div>
            <fieldset className="fieldset fieldset--inline">
              <legend>Who can see this update?</legend>
              {(['internal', 'public'] as const).map((v) => (
                <label key={v} className="radio">
                  <input
                    type="radio"
                    name={`${id}-visibility`}
                    value={v}
                    checked={visibility === v}
                    onChange={() => setVisibility(v)}
                  />{' '}
                  {VISIBILITY_LABELS[v]} ({MEANING[v]})
                </label>
              ))}
            </fieldset>
          </>
        )}
        {as === 'drop' && (
          <div className="field">
            <label className="label" htmlFor={`${id}-reason`}>
              Why is it left out?
            </label>
            <input
              id={`${id}-reason`}
              className="input"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        )}
        {problem && (
          <p className="error-message" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {as === 'drop' ? 'Leave this text out' : 'Place this text'}
          <span className="visually-hidden"> (line {block.line})</span>
        </button>
      </fieldset>
    </form>
  );
}
