import { richTextToPlainText, type Finding } from '@irr/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  findingFieldsOf,
  findingPatchOf,
  findingProblemsOf,
  type FindingFields,
  type FindingProblems,
} from '../lib/finding-fields';
import { formErrorsOf } from '../lib/form-errors';
import { KIND_LABEL } from '../lib/format';
import { useStoreRecord } from '../lib/record-cache';
import { isConflict, useTRPC, type StaffFinding } from '../lib/trpc';
import { useVersionedDraft } from '../lib/use-versioned-draft';
import { ConflictNotice } from './Conflict';
import { ErrorSummary } from './form/ErrorSummary';
import { FindingResponseFields } from './finding/FindingResponseFields';
import { FindingTextFields } from './finding/FindingTextFields';

/** Their version, as the conflict notice shows it. */
const theirsOf = (finding: Finding) => [
  ...(finding.title ? [{ label: 'Title', value: finding.title }] : []),
  { label: 'Text', value: richTextToPlainText(finding.text) },
  ...(finding.acceptance
    ? [{ label: 'Explanation', value: richTextToPlainText(finding.acceptance.explanation) }]
    : []),
];

/**
 * Edits what the response says about one finding. The version it started from is pinned when the
 * first change is made (`useVersionedDraft`), so a save over someone else's newer save is refused,
 * never silent.
 */
export function FindingEditor({
  recordId,
  staff,
  finding,
  onDirtyChange,
  onDone,
  onSaved,
}: {
  recordId: string;
  staff: StaffFinding;
  finding: Finding;
  onDirtyChange: (dirty: boolean) => void;
  onDone: () => void;
  /** After a save, before the editor closes: where its confirmation is shown. */
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const storeRecord = useStoreRecord();
  const d = useVersionedDraft<FindingFields>({
    server: findingFieldsOf(finding),
    rowVersion: staff.rowVersion,
    recordId,
  });
  // The form's own checks as they stood at the last try to save (not re-checked as the user types).
  const [checked, setChecked] = useState<FindingProblems>({});
  const { value, dirty } = d;
  const history = useQuery({
    ...trpc.findings.history.queryOptions({ findingId: staff.id }),
    enabled: d.conflict,
  });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const save = useMutation(
    trpc.findings.updateContent.mutationOptions({
      onSuccess: (record) => {
        storeRecord(record);
        d.reset();
        onSaved();
        onDone();
      },
      onError: d.onError,
    }),
  );

  const problems = findingProblemsOf(value, finding.kind);
  const id = `finding-${staff.ref}`;
  // The form's own checks after a first try, else the server's refusal, each beside its field.
  const server =
    save.error && !isConflict(save.error) ? formErrorsOf(save.error, fieldsOf(id)) : [];
  const checking = Object.keys(checked).length > 0;
  const shown: FindingProblems = checking ? checked : problemsBeside(server, id);
  const listed = checking
    ? Object.entries(checked).map(([k, message]) => ({
        field: fieldsOf(id)[k as keyof FindingFields].id,
        message,
      }))
    : server;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setChecked(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate({
      findingId: staff.id,
      rowVersion: d.rowVersion,
      patch: findingPatchOf(value, finding),
    });
  };

  return (
    <form
      className="finding-editor"
      onSubmit={submit}
      aria-labelledby={`${id}-edit-title`}
      noValidate
    >
      <h4 id={`${id}-edit-title`} className="visually-hidden">
        Edit {KIND_LABEL[finding.kind]} {staff.ref}
      </h4>
      {d.conflict && (
        <ConflictNotice
          what="finding"
          changes={history.data?.changes}
          theirs={theirsOf(finding)}
          onReload={() => {
            void d
              .loadTheirs(
                (fresh) =>
                  fresh.findings.find((f) => f.id === staff.id)?.rowVersion ?? staff.rowVersion,
              )
              .then(() => save.reset());
          }}
          onDiscard={() => {
            d.reset();
            save.reset();
          }}
        />
      )}
      <ErrorSummary
        errors={listed}
        title={checking ? `Check ${staff.ref} before saving` : 'The finding was not saved'}
      />
      <FindingTextFields id={id} refName={staff.ref} value={value} set={d.set} shown={shown} />
      {finding.kind === 'recommendation' && (
        <FindingResponseFields
          id={id}
          refName={staff.ref}
          value={value}
          set={d.set}
          error={shown.explanation ?? null}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={save.isPending}>
          Save {staff.ref}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (dirty && !window.confirm('Discard your changes to this finding?')) return;
            d.reset();
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The editor's fields by the key a check or the server names them with: the input's id and its name. */
const fieldsOf = (id: string): Record<keyof FindingFields, { id: string; name: string }> => ({
  title: { id: `${id}-title`, name: 'the title' },
  text: { id: `${id}-text`, name: 'the text of the finding' },
  reference: { id: `${id}-reference`, name: "the report's own reference" },
  deadlinePhrase: { id: `${id}-deadline`, name: 'the deadline phrase' },
  pillar: { id: `${id}-pillar`, name: 'the pillar' },
  area: { id: `${id}-area`, name: 'the question or area' },
  position: { id: `${id}-position`, name: 'the acceptance' },
  explanation: { id: `${id}-explanation`, name: 'the explanation of action' },
});

/** The server's refusals by the field they are beside. */
function problemsBeside(errors: readonly { field: string | null; message: string }[], id: string) {
  const out: FindingProblems = {};
  for (const [k, f] of Object.entries(fieldsOf(id)))
    for (const e of errors) if (e.field === f.id) out[k as keyof FindingFields] = e.message;
  return out;
}
