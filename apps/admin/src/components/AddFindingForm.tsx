import { FindingKind, richTextToPlainText } from '@irr/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { KIND_LABEL } from '../lib/format';
import { useRefetchOnConflict } from '../lib/record-cache';
import { useTRPC, type StaffRecord } from '../lib/trpc';
import { ErrorMessage } from './Errors';
import { RichTextEditor } from './RichTextEditor';

/** Adds a finding to the record: a button until it is opened. */
export function AddFindingForm({
  record,
  onAdded,
}: {
  record: StaffRecord;
  onAdded: (from: number) => (r: StaffRecord) => void;
}) {
  const trpc = useTRPC();
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
        onAdded(vars.rowVersion)(r);
        setOpen(false);
        setTitle('');
        setText('');
      },
    }),
  );
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Add a finding
      </button>
    );
  }
  return (
    <form
      className="panel"
      aria-labelledby="add-finding-title"
      onSubmit={(e) => {
        e.preventDefault();
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
      {add.error && <ErrorMessage error={add.error} title="The finding was not added" />}
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
      <div className="field">
        <label className="label" htmlFor="new-title">
          Title (optional)
        </label>
        <span className="hint" id="new-title-hint">
          A heading the report gives the finding itself, as a cause of concern often has
        </span>
        <input
          id="new-title"
          className="input"
          aria-describedby="new-title-hint"
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <RichTextEditor
        id="new-text"
        label="Text of the new finding"
        value={text}
        onChange={setText}
      />
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor="new-pillar">
            Pillar
          </label>
          <input
            id="new-pillar"
            className="input"
            value={pillar}
            onChange={(e) => setPillar(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="new-area">
            Question or area
          </label>
          <input
            id="new-area"
            className="input"
            value={area}
            onChange={(e) => setArea(e.target.value)}
          />
        </div>
      </div>
      <div className="button-group">
        <button
          type="submit"
          className="button"
          disabled={add.isPending || richTextToPlainText(text).trim() === ''}
        >
          Add finding
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
