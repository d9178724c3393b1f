import {
  BLOCK_PLACEMENT_LABELS,
  BlockPlacement,
  FINDING_KIND_LABELS,
  richTextToPlainText,
  type Finding,
  type ImportDecision,
  type Visibility,
} from '@irr/domain';
import { useState } from 'react';
import { partsOf, readDateParts } from '../../lib/date-parts';
import { dateErrorOf, errorFor } from '../../lib/form-errors';
import type { UnplacedBlock } from '../../lib/imports';
import { DateInput } from '../form/DateInput';
import { ErrorSummary, type FormError } from '../form/ErrorSummary';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { VisibilityChoice } from '../VisibilityChoice';
import { blockAnchor } from './places';

const excerpt = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** A finding as a picker names it: "R1 — Recommendation: The force should …". */
const findingOption = (f: Finding) =>
  `${f.ref} — ${FINDING_KIND_LABELS[f.kind]}: ${excerpt(richTextToPlainText(f.text))}`;

/**
 * Where a block of the source the reader could not place goes: into a finding's text, an update (its
 * date, and public or internal with no default), the comments, a heading, or left out with a reason.
 * What is missing is summarised at the top of the block, each a link to its field, and said beside it.
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
  const [date, setDate] = useState(partsOf(null));
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const needsFinding = as === 'finding_text' || as === 'update';

  const submit = () => {
    const found: FormError[] = [];
    const when = readDateParts(date, 'The date of the update');
    if (as === '') found.push({ field: `${id}-as`, message: 'Choose where this text goes' });
    if (needsFinding && !findingRef)
      found.push({ field: `${id}-finding`, message: 'Choose the finding it belongs to' });
    if (as === 'update' && !when.ok)
      found.push({ field: `${id}-date-${when.part}`, message: when.message });
    if (as === 'update' && !visibility)
      found.push({
        field: `${id}-visibility-internal`,
        message: 'Choose whether this update is public or internal',
      });
    if (as === 'drop' && !reason.trim())
      found.push({ field: `${id}-reason`, message: 'Say why this text is left out' });
    setErrors(found);
    if (found.length > 0 || as === '') return;
    onPlace({
      kind: 'place_block',
      line: block.line,
      as,
      ...(needsFinding ? { findingRef } : {}),
      ...(as === 'update'
        ? { updateDate: when.ok ? when.value : null, visibility: visibility! }
        : {}),
      ...(as === 'drop' ? { reason: reason.trim() } : {}),
    });
  };

  return (
    <form
      className="place-block"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="fieldset" id={id} tabIndex={-1}>
        <legend>Text at line {block.line} is not in the record</legend>
        <ErrorSummary errors={errors} title={`Line ${block.line} was not placed`} />
        <blockquote className="place-block__text">{block.text}</blockquote>
        <SelectField
          id={`${id}-as`}
          label="Place this text as"
          value={as}
          onChange={(v) => setAs(v as BlockPlacement | '')}
          error={errorFor(errors, `${id}-as`)}
        >
          <option value="">Choose…</option>
          {BlockPlacement.options.map((p) => (
            <option key={p} value={p}>
              {BLOCK_PLACEMENT_LABELS[p]}
            </option>
          ))}
        </SelectField>
        {needsFinding && (
          <SelectField
            id={`${id}-finding`}
            label="Finding"
            value={findingRef}
            onChange={setFindingRef}
            error={errorFor(errors, `${id}-finding`)}
          >
            <option value="">Choose a finding…</option>
            {findings.map((f) => (
              <option key={f.ref} value={f.ref}>
                {findingOption(f)}
              </option>
            ))}
          </SelectField>
        )}
        {as === 'update' && (
          <>
            <DateInput
              id={`${id}-date`}
              legend="Date of the update"
              hint="For example, 20 6 2019. Leave empty if the document gives none."
              value={date}
              onChange={setDate}
              {...dateErrorOf(errors, `${id}-date`)}
            />
            <VisibilityChoice
              name={`${id}-visibility`}
              legend="Who can see this update?"
              value={visibility}
              onChange={setVisibility}
              error={errorFor(errors, `${id}-visibility-internal`)}
            />
          </>
        )}
        {as === 'drop' && (
          <TextField
            id={`${id}-reason`}
            label="Why is it left out?"
            value={reason}
            maxLength={500}
            onChange={setReason}
            error={errorFor(errors, `${id}-reason`)}
          />
        )}
        <button type="submit" className="button" disabled={busy}>
          {as === 'drop' ? 'Leave this text out' : 'Place this text'}
          <span className="visually-hidden"> (line {block.line})</span>
        </button>
      </fieldset>
    </form>
  );
}
