import {
  Finding as FindingSchema,
  isBlankRichText,
  type AcceptancePosition,
  type Finding,
} from '@irr/domain';

/** What the finding editor edits: the response's words about one finding, as form fields. */
export interface FindingFields {
  title: string;
  text: string;
  reference: string;
  deadlinePhrase: string;
  pillar: string;
  area: string;
  position: AcceptancePosition | '';
  explanation: string;
}
export type FindingProblems = Partial<Record<keyof FindingFields, string>>;

export function findingFieldsOf(f: Finding): FindingFields {
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
export function findingProblemsOf(v: FindingFields, kind: Finding['kind']): FindingProblems {
  const out: FindingProblems = {};
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

/** The patch `findings.updateContent` takes for the edited fields. */
export function findingPatchOf(value: FindingFields, finding: Finding) {
  const server = findingFieldsOf(finding);
  const groupChanged = value.pillar !== server.pillar || value.area !== server.area;
  return {
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
  };
}
