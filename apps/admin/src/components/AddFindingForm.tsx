import { FindingKind, isBlankRichText } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorFor } from '../lib/form-errors';
import { useFormFeedback } from '../lib/form-feedback';
import { KIND_LABEL } from '../lib/format';
import { useRefetchOnConflict } from '../lib/record-cache';
import { useTRPC, type StaffRecord } from '../lib/trpc';
import { ActionButton } from './form/ActionButton';
import { ErrorSummary, type FormError } from './form/ErrorSummary';
import { SuccessBanner } from './form/SuccessBanner';
import { TextField } from './form/TextField';
import { RichTextEditor } from './RichTextEditor';

const FIELDS = {
  title: { id: 'new-title', name: 'the title' },
  text: { id: 'new-text', name: 'the text of the new finding' },
};

/** Adds a finding to the record: a button until it is opened; its confirmation stays once it is closed. */
export function AddFindingForm({
  record,
  onAdded,
}: {
  record: StaffRecord;
  onAdded: (from: number) => (r: StaffRecord) => void;
}) {
  const trpc = useTRPC();
  const f = useFormFeedback();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<FindingKind>('area_for_improvement');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [pillar, setPillar] = useState('');
  const [area, setArea] = useState('');
  const onError = useRefetchOnConflict(record.id);
  const add = useMutation(
    trpc.findings.add.mutationOptions({
      onError,
      onSuccess: (r, vars) => {
        const known = new Set(record.findings.map((x) => x.id));
        const added = r.findings.find((x) => !known.has(x.id));
        onAdded(vars.rowVersion)(r);
        setOpen(false);
        setTitle('');
        setText('');
        f.confirm(
          added ? `${KIND_LABEL[vars.kind]} ${added.ref} was added.` : 'The finding was added.',
        );
      },
    }),
  );
  const errors = f.errors(
    add.error,
    FIELDS,
    'Someone else changed the record first: it has been loaded again, add the finding again',
  );
  if (!open)
    return (
      <>
        <SuccessBanner message={f.saved} />
        <button
          type="button"
          className="button"
          onClick={() => {
            f.edited();
            setOpen(true);
          }}
        >
          Add a finding
        </button>
      </>
    );
  return (
    <form
      className="panel"
      aria-labelledby="add-finding-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found: FormError[] = [];
        if (title.trim().length > 300)
          found.push({ field: 'new-title', message: 'The title must be 300 characters or fewer' });
        if (isBlankRichText(text))
          found.push({ field: 'new-text', message: 'Enter the text of the finding' });
        if (!f.check(found)) return;
        add.mutate({
          recordId: record.id,
          rowVersion: record.rowVersion,
          kind,
          title: title.trim() || null,
          text,
          group: { pillar: pillar.trim() || null, area: area.trim() || null, questionId: null },
        });
      }}
    >
      <h3 id="add-finding-title">Add a finding</h3>
      <ErrorSummary errors={errors} title="The finding was not added" />
      <div className="field">
        <label className="label" htmlFor="new-kind">
          Kind
        </label>
        <select
          id="new-kind"
          className="select"
          value={kind}
          onChange={(e) => setKind(e.target.value as FindingKind)}
        >
          {FindingKind.options.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="new-title"
        label="Title (optional)"
        hint="A heading the report gives the finding itself, as a cause of concern often has"
        value={title}
        onChange={setTitle}
        error={errorFor(errors, 'new-title')}
      />
      <RichTextEditor
        id="new-text"
        label="Text of the new finding"
        value={text}
        onChange={setText}
        error={errorFor(errors, 'new-text')}
      />
      <div className="field-row">
        <TextField id="new-pillar" label="Pillar" value={pillar} onChange={setPillar} />
        <TextField id="new-area" label="Question or area" value={area} onChange={setArea} />
      </div>
      <div className="button-group">
        <ActionButton id="new-finding" busy={add.isPending} why={null}>
          Add finding
        </ActionButton>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
