import {
  Finding as FindingSchema,
  isBlankRichText,
  richTextToPlainText,
  type AcceptancePosition,
  type Finding,
} from '@irr/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ACCEPTANCE_LABEL, KIND_LABEL } from '../lib/format';
import { useStoreRecord } from '../lib/record-cache';
import { errorInfo, isConflict, useTRPC, type StaffFinding } from '../lib/trpc';
import { ConflictNotice } from './Conflict';
import { ErrorMessage } from './Errors';
import { RichTextEditor } from './RichTextEditor';

interface Fields {
  title: string;
  text: string;
  reference: string;
  deadlinePhrase: string;
  pillar: string;
  area: string;
  position: AcceptancePosition | '';
  explanation: string;
}

function fieldsOf(f: Finding): Fields {
  return {
    title: f.title ?? '',
    text: f.text,
    reference: f.reference ?? '',
    deadlinePhrase: f.deadlinePhrase ?? '',
    pillar: f.group.pillar ?? '',
    area: f.group.area ?? '',
    position: f.acceptance?.position ?? '',
    explanation: f.acceptance?.explanation ?? '',
  };
}

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Inline checks from the domain's own schema, before anything is sent; the server checks again. */
function problemsOf(v: Fields, kind: Finding['kind']): Partial<Record<keyof Fields, string>> {
  const out: Partial<Record<keyof Fields, string>> = {};
  const title = FindingSchema.shape.title.safeParse(blankToNull(v.title));
  if (!title.success) out.title = 'The title must be 300 characters or fewer';
  if (isBlankRichText(v.text)) out.text = 'Enter the text of the finding';
  const reference = FindingSchema.shape.reference.safeParse(blankToNull(v.reference));
  if (!reference.success) out.reference = 'The reference must be 40 characters or fewer';
  const deadline = FindingSchema.shape.deadlinePhrase.safeParse(blankToNull(v.deadlinePhrase));
  if (!deadline.success) out.deadlinePhrase = 'The deadline phrase must be 200 characters or fewer';
  if (kind === 'recommendation' && v.position && isBlankRichText(v.explanation))
    out.explanation = 'Explain the action to be taken, or why none will be';
  return out;
}

/**
 * Edits what the response says about one finding. The version it started from is pinned when the
 * first change is made, so a save over someone else's newer save is refused, never silent.
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
  const queryClient = useQueryClient();
  const storeRecord = useStoreRecord();
  const [draft, setDraft] = useState<Partial<Fields>>({});
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const server = fieldsOf(finding);
  const value = { ...server, ...draft };
  const dirty = Object.keys(draft).length > 0;
  const history = useQuery({
    ...trpc.findings.history.queryOptions({ findingId: staff.id }),
    enabled: conflict,
  });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const set = <K extends keyof Fields>(key: K, v: Fields[K]) => {
    if (baseVersion === null) setBaseVersion(staff.rowVersion);
    setDraft((d) => ({ ...d, [key]: v }));
  };

  const save = useMutation(
    trpc.findings.updateContent.mutationOptions({
      onSuccess: (record) => {
        storeRecord(record);
        setDraft({});
        setBaseVersion(null);
        setConflict(false);
        onDone();
      },
      onError: (error) => {
        if (isConflict(error)) {
          setConflict(true);
          void queryClient.invalidateQueries({ queryKey: trpc.records.get.queryKey({ recordId }) });
        }
      },
    }),
  );

  const problems = problemsOf(value, finding.kind);
  const shown = showProblems ? problems : {};
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return;
    }
    const groupChanged = value.pillar !== server.pillar || value.area !== server.area;
    save.mutate({
      findingId: staff.id,
      rowVersion: baseVersion ?? staff.rowVersion,
      patch: {
        title: blankToNull(value.title),
        text: value.text,
        reference: blankToNull(value.reference),
        deadlinePhrase: blankToNull(value.deadlinePhrase),
        group: {
          pillar: blankToNull(value.pillar),
          area: blankToNull(value.area),
          questionId: groupChanged ? null : finding.group.questionId,
        },
        ...(finding.kind === 'recommendation' && {
          acceptance: value.position
            ? { position: value.position, explanation: value.explanation }
            : null,
        }),
      },
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
      {conflict && (
        <ConflictNotice
          what="finding"
          changes={history.data?.changes}
          theirs={[
            ...(finding.title ? [{ label: 'Title', value: finding.title }] : []),
            { label: 'Text', value: richTextToPlainText(finding.text) },
            ...(finding.acceptance
              ? [
                  {
                    label: 'Explanation',
                    value: richTextToPlainText(finding.acceptance.explanation),
                  },
                ]
              : []),
          ]}
          onReload={() => {
            // Their version goes underneath; ours stays in the draft, to be saved over theirs on purpose.
            void queryClient
              .fetchQuery({ ...trpc.records.get.queryOptions({ recordId }), staleTime: 0 })
              .then((fresh) => {
                setBaseVersion(
                  fresh.findings.find((f) => f.id === staff.id)?.rowVersion ?? staff.rowVersion,
                );
                setConflict(false);
                save.reset();
              });
          }}
          onDiscard={() => {
            setDraft({});
            setBaseVersion(null);
            setConflict(false);
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
      <div className="field">
        <label className="label" htmlFor={`${id}-title`}>
          Title
        </label>
        <span className="hint" id={`${id}-title-hint`}>
          A heading the report gives this finding itself, for example &ldquo;Crime data
          integrity&rdquo;; leave empty if it has none
        </span>
        {shown.title && (
          <span className="error-message" id={`${id}-title-error`}>
            <span className="visually-hidden">Error:</span> {shown.title}
          </span>
        )}
        <input
          id={`${id}-title`}
          className="input"
          aria-describedby={shown.title ? `${id}-title-hint ${id}-title-error` : `${id}-title-hint`}
          aria-invalid={shown.title ? true : undefined}
          value={value.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <RichTextEditor
        id={`${id}-text`}
        label={`Text of ${staff.ref}`}
        value={value.text}
        onChange={(v) => set('text', v)}
        error={shown.text ?? (error?.field === 'text' ? error.message : null)}
      />
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor={`${id}-reference`}>
            Report&apos;s own reference
          </label>
          {shown.reference && (
            <span className="error-message" id={`${id}-reference-error`}>
              <span className="visually-hidden">Error:</span> {shown.reference}
            </span>
          )}
          <input
            id={`${id}-reference`}
            className="input input--short"
            aria-invalid={shown.reference ? true : undefined}
            aria-describedby={shown.reference ? `${id}-reference-error` : undefined}
            value={value.reference}
            onChange={(e) => set('reference', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-deadline`}>
            Deadline phrase
          </label>
          <span className="hint" id={`${id}-deadline-hint`}>
            For example, &ldquo;within six months&rdquo;
          </span>
          {shown.deadlinePhrase && (
            <span className="error-message" id={`${id}-deadline-error`}>
              <span className="visually-hidden">Error:</span> {shown.deadlinePhrase}
            </span>
          )}
          <input
            id={`${id}-deadline`}
            aria-describedby={
              shown.deadlinePhrase
                ? `${id}-deadline-hint ${id}-deadline-error`
                : `${id}-deadline-hint`
            }
            aria-invalid={shown.deadlinePhrase ? true : undefined}
            className="input"
            value={value.deadlinePhrase}
            onChange={(e) => set('deadlinePhrase', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>Where it sits in the report</legend>
        <div className="field-row">
          <div className="field">
            <label className="label" htmlFor={`${id}-pillar`}>
              Pillar
            </label>
            <input
              id={`${id}-pillar`}
              className="input"
              value={value.pillar}
              onChange={(e) => set('pillar', e.target.value)}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor={`${id}-area`}>
              Question or area
            </label>
            <input
              id={`${id}-area`}
              className="input"
              value={value.area}
              onChange={(e) => set('area', e.target.value)}
            />
          </div>
        </div>
      </fieldset>
      {finding.kind === 'recommendation' && (
        <fieldset className="fieldset">
          <legend>The office&apos;s response (required before approval)</legend>
          <div className="field">
            <label className="label" htmlFor={`${id}-position`}>
              Acceptance
            </label>
            <select
              id={`${id}-position`}
              className="select"
              value={value.position}
              onChange={(e) => set('position', e.target.value as Fields['position'])}
            >
              <option value="">Not yet decided</option>
              {Object.entries(ACCEPTANCE_LABEL).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          <RichTextEditor
            id={`${id}-explanation`}
            label={`Explanation of action for ${staff.ref}`}
            hint="What has been or will be done, or why nothing will be (s55(5B))"
            error={shown.explanation ?? null}
            value={value.explanation}
            onChange={(v) => set('explanation', v)}
          />
        </fieldset>
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
            setDraft({});
            setBaseVersion(null);
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
