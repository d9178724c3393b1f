import { richTextToPlainText, type Finding } from '@irr/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  findingFieldsOf,
  findingPatchOf,
  findingProblemsOf,
  type FindingFields,
} from '../lib/finding-fields';
import { KIND_LABEL } from '../lib/format';
import { useStoreRecord } from '../lib/record-cache';
import { errorInfo, isConflict, useTRPC, type StaffFinding } from '../lib/trpc';
import { useVersionedDraft } from '../lib/use-versioned-draft';
import { ConflictNotice } from './Conflict';
import { ErrorMessage } from './Errors';
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
}: {
  recordId: string;
  staff: StaffFinding;
  finding: Finding;
  onDirtyChange: (dirty: boolean) => void;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const storeRecord = useStoreRecord();
  const d = useVersionedDraft<FindingFields>({
    server: findingFieldsOf(finding),
    rowVersion: staff.rowVersion,
    recordId,
  });
  const [showProblems, setShowProblems] = useState(false);
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
        onDone();
      },
      onError: d.onError,
    }),
  );

  const problems = findingProblemsOf(value, finding.kind);
  const shown = showProblems ? problems : {};
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return;
    }
    save.mutate({
      findingId: staff.id,
      rowVersion: d.rowVersion,
      patch: findingPatchOf(value, finding),
    });
  };

  const id = `finding-${staff.ref}`;
  const error = save.error && !isConflict(save.error) ? errorInfo(save.error) : null;
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
      {error && <ErrorMessage error={save.error} title="The finding was not saved" />}
      {showProblems && Object.keys(problems).length > 0 && (
        <div className="error-summary" role="alert">
          <h5 className="error-summary__title">Check {staff.ref} before saving</h5>
          <ul>
            {Object.entries(problems).map(([k, m]) => (
              <li key={k}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <FindingTextFields
        id={id}
        refName={staff.ref}
        value={value}
        set={d.set}
        shown={shown}
        textError={error?.field === 'text' ? error.message : null}
      />
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
